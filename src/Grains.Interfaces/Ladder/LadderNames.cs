namespace SanguoOrleans.Grains.Interfaces.Ladder;

/// <summary>The ladders (天梯) one can queue for; each is one <see cref="ILadderQueueGrain"/>, keyed by its name.</summary>
public static class LadderNames
{
    /// <summary>2 against 2: premade teams of two, or singles combined into teams.</summary>
    public const string Doubles = "doubles";

    /// <summary>Eight-player identity (军八): eight singles, no teams.</summary>
    public const string Identity8 = "identity8";

    /// <summary>Every ladder.</summary>
    public static IReadOnlyList<string> All { get; } = [Doubles, Identity8];

    /// <summary>Whether <paramref name="name"/> is a ladder.</summary>
    public static bool IsKnown(string? name) => name is Doubles or Identity8;

    /// <summary>The key of a separate queue of <paramref name="ladder"/> labelled <paramref name="shard"/> (same rules, own tickets).</summary>
    public static string QueueKey(string ladder, string shard) => $"{ladder}/{shard}";

}
