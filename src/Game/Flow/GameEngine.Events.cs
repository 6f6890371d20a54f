using SanguoOrleans.Game.Events;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    /// <summary>Emits a public event.</summary>
    internal void Emit(GameEvent e) =>
        events.Add(IsNextPublic(e) ? e : e with { Seq = events.Count, Visibility = Visibility.Everyone, Audience = [] });

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
    internal GameEvent Ev(EventKind kind) => new(events.Count, kind, Visibility.Everyone, []);

    // Events are immutable, so a body already numbered as the next public event needs no copy (one allocation
    // less for most of the ~1,400 events of an 8-player game).
    private bool IsNextPublic(GameEvent e) => e.Seq == events.Count && e.Visibility == Visibility.Everyone && e.Audience.Count == 0;
}
