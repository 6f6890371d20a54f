using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Grains.Interfaces.Tables;

/// <summary>A table as its participants see it: settings (without the password), seats, status, result.</summary>
[GenerateSerializer, Immutable, Alias("sanguo.TableInfo")]
public sealed record TableInfo(
    string TableId,
    TableSettings Settings,
    TableStatus Status,
    Guid Owner,
    IReadOnlyList<SeatInfo> Seats,
    IReadOnlyList<Guid> Spectators,
    bool Ranked,
    GameResult? Result);
