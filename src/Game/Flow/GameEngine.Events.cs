using SanguoOrleans.Game.Events;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    /// <summary>Emits a public event.</summary>
    internal void Emit(GameEvent e) => events.Add(e with { Seq = events.Count, Visibility = Visibility.Everyone, Audience = [] });

    /// <summary>Emits a private event for <paramref name="audience"/> and its redacted twin for everyone else.</summary>
    internal void EmitSplit(IReadOnlyList<int> audience, GameEvent full, GameEvent? redacted)
    {
        events.Add(full with { Seq = events.Count, Visibility = Visibility.Only, Audience = audience });
        if (redacted is not null)
        {
            events.Add(redacted with { Seq = events.Count, Visibility = Visibility.AllExcept, Audience = audience });
        }
    }

    /// <summary>Shorthand to build an event body.</summary>
    internal static GameEvent Ev(EventKind kind) => new(0, kind, Visibility.Everyone, []);
}
