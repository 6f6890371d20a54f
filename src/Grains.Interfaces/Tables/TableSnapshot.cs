using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Views;

namespace SanguoOrleans.Grains.Interfaces.Tables;

/// <summary>
/// What a (re)connecting viewer starts from: the table, the game as this viewer may see it, this viewer's pending
/// request and the sequence number the next pushed events follow.
/// </summary>
/// <param name="Viewer">The viewer's seat, −1 for a spectator.</param>
/// <param name="Seq">Last event sequence number folded into <paramref name="View"/>; −1 before the game.</param>
/// <param name="View">The per-viewer game view; null before the game starts.</param>
/// <param name="Pending">The request this viewer must answer now, if any.</param>
/// <param name="Deadline">When the table answers for the viewer if they do not.</param>
[GenerateSerializer, Immutable, Alias("sanguo.TableSnapshot")]
public sealed record TableSnapshot(TableInfo Info, int Viewer, int Seq, PlayerView? View, DecisionRequest? Pending, DateTimeOffset? Deadline);
