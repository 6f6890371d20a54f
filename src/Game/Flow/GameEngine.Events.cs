using System.Runtime.CompilerServices;
using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Events;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    /// <summary>The shared empty id list (events' empty audience, empty card lists).</summary>
    internal static readonly int[] NoIds = [];

    private static readonly string[] ElementNames = Enum.GetNames<DamageElement>();

    // One immutable single-seat list per seat (event audiences, request player lists): shared, never mutated.
    private int[][]? seatLists;

    /// <summary>Emits a public event.</summary>
    /// <remarks>
    /// Call sites build the event numbered as the next one (<c>new GameEvent(events.Count, kind, Visibility.Everyone,
    /// NoIds) { … }</c>), so it is stored as built: one allocation per event, no <c>with</c> copy.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal void Emit(GameEvent e) =>
        events.Add(IsNextPublic(e) ? e : e with { Seq = events.Count, Visibility = Visibility.Everyone, Audience = NoIds });

    /// <summary>Emits a private event for <paramref name="audience"/> and its redacted twin for everyone else.</summary>
    internal void EmitSplit(IReadOnlyList<int> audience, GameEvent full, GameEvent? redacted)
    {
        events.Add(full with { Seq = events.Count, Visibility = Visibility.Only, Audience = audience });
        if (redacted is not null)
        {
            events.Add(redacted with { Seq = events.Count, Visibility = Visibility.AllExcept, Audience = audience });
        }
    }

    /// <summary>Shorthand to build an event body, numbered as the next event so that <see cref="Emit"/> can keep it as is.</summary>
    internal GameEvent Ev(EventKind kind) => new(events.Count, kind, Visibility.Everyone, NoIds);

    /// <summary>The shared one-element list holding <paramref name="seat"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal int[] SeatList(int seat)
    {
        if (seatLists is null)
        {
            seatLists = new int[Players.Length][];
            for (var i = 0; i < seatLists.Length; i++)
            {
                seatLists[i] = [i];
            }
        }

        return seatLists[seat];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private bool IsNextPublic(GameEvent e) => e.Seq == events.Count && e.Visibility == Visibility.Everyone && e.Audience.Count == 0;
}
