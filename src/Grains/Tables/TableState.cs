using SanguoOrleans.Game.Flow;
using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Grains.Tables;

/// <summary>
/// A table's one persisted group. With <see cref="Settings"/> and <see cref="Seed"/>, <see cref="DecisionLog"/> rebuilds
/// the game exactly (the engine is deterministic), so the game's state itself is never stored.
/// </summary>
[GenerateSerializer, Alias("sanguo.TableState")]
internal sealed class TableState
{
    [Id(0)] public TableStatus Status { get; set; }
    [Id(1)] public TableSettings? Settings { get; set; }
    [Id(2)] public Guid Owner { get; set; }
    [Id(3)] public ulong Seed { get; set; }
    [Id(4)] public List<SeatState> Seats { get; set; } = [];
    [Id(5)] public List<Guid> Spectators { get; set; } = [];

    /// <summary>The decisions so far, encoded by <see cref="DecisionLogCodec"/>: one value per write, not one record per decision.</summary>
    [Id(11)] public byte[] DecisionLog { get; set; } = [];

    // Id 6 held the log as a list of engine records before it was encoded; it is not reused.
    [Id(7)] public GameResult? Result { get; set; }
    [Id(8)] public string? ResultListener { get; set; }
    [Id(9)] public DateTimeOffset? StartAt { get; set; }
    [Id(10)] public bool ResultReported { get; set; }
}

/// <summary>A seat as stored; who is online and who is in 托管 is live state, rebuilt after a restart.</summary>
[GenerateSerializer, Alias("sanguo.TableSeatState")]
internal sealed class SeatState
{
    [Id(0)] public SeatOccupant Occupant { get; set; }
    [Id(1)] public Guid? UserId { get; set; }
    [Id(2)] public bool Ready { get; set; }
    [Id(3)] public bool Escaped { get; set; }
}
