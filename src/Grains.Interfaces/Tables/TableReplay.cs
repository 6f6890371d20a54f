using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Grains.Interfaces.Tables;

/// <summary>A finished game's durable record: with the engine it rebuilds every moment of the game.</summary>
[GenerateSerializer, Immutable, Alias("sanguo.TableReplay")]
public sealed record TableReplay(string TableId, TableSettings Settings, ulong Seed, IReadOnlyList<Decision> Decisions, IReadOnlyList<SeatInfo> Seats, GameResult Result);
