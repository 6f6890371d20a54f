namespace SanguoOrleans.Grains.Interfaces.Users;

/// <summary>What the profile shows of the roguelike activity; the activity's own grain is its single writer.</summary>
[GenerateSerializer, Immutable, Alias("sanguo.RoguelikeSummary")]
public sealed record RoguelikeSummary(int RunsStarted, int RunsCompleted, int BestFloor)
{
    /// <summary>A user who has not started a run.</summary>
    public static RoguelikeSummary Empty { get; } = new(0, 0, 0);
}
