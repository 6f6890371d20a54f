using SanguoOrleans.Game.Modes;

namespace SanguoOrleans.Grains.Interfaces.Tables;

/// <summary>One line of a lobby page.</summary>
[GenerateSerializer, Immutable, Alias("sanguo.TableSummary")]
public sealed record TableSummary(
    string TableId,
    string Name,
    GameMode Mode,
    int Seated,
    int Seats,
    TableStatus Status,
    bool HasPassword,
    int MinLevel,
    int MaxLevel);
