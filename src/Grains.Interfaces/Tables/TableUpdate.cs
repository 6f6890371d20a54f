using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;

namespace SanguoOrleans.Grains.Interfaces.Tables;

/// <summary>
/// Game progress pushed to one viewer: the events after the last one sent that this viewer may see, in order
/// (sequence numbers increase; gaps are events meant for others), and this viewer's pending request.
/// </summary>
/// <param name="Seq">Sequence number of the last event the table had emitted when this was sent.</param>
/// <param name="Pending">The request this viewer must answer now, if any.</param>
/// <param name="Deadline">When the table answers for the viewer if they do not.</param>
/// <param name="Over">The game ended with these events.</param>
[GenerateSerializer, Immutable, Alias("sanguo.TableUpdate")]
public sealed record TableUpdate(string TableId, IReadOnlyList<GameEvent> Events, int Seq, DecisionRequest? Pending, DateTimeOffset? Deadline, bool Over);
