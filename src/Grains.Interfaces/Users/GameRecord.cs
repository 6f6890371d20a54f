namespace SanguoOrleans.Grains.Interfaces.Users;

/// <summary>Games played and won, by the role played, and games left before the end.</summary>
[GenerateSerializer, Immutable, Alias("sanguo.GameRecord")]
public sealed record GameRecord(int Played, int Won, IReadOnlyDictionary<string, int> WinsByRole, int Escapes)
{
    /// <summary>A user who has not played yet.</summary>
    public static GameRecord Empty { get; } = new(0, 0, new Dictionary<string, int>(), 0);
}
