using Events = SanguoOrleans.Game.Events;

namespace SanguoOrleans.Protocol.EngineRecords;

/// <summary>
/// The engine's events and the protocol's, both ways. Who may see an event (<see cref="Events.GameEvent.Visibility"/>,
/// <see cref="Events.GameEvent.Audience"/>) stays on the server: a client would learn who else saw a card.
/// </summary>
public static class GameEventMapping
{
    /// <summary>The protocol's event, without its audience.</summary>
    public static GameEvent ToProto(this Events.GameEvent gameEvent)
    {
        ArgumentNullException.ThrowIfNull(gameEvent);
        var proto = new GameEvent
        {
            Seq = gameEvent.Seq,
            Kind = gameEvent.Kind.ToProto(),
            Seat = gameEvent.Seat,
            Target = gameEvent.Target,
            Name = gameEvent.Name.ToProto(),
            Count = gameEvent.Count,
            From = gameEvent.From.ToProto(),
            FromSeat = gameEvent.FromSeat,
            To = gameEvent.To.ToProto(),
            ToSeat = gameEvent.ToSeat,
            Amount = gameEvent.Amount,
            Hp = gameEvent.Hp,
            MaxHp = gameEvent.MaxHp,
            Text = gameEvent.Text ?? "",
        };
        if (gameEvent.Targets is { } targets)
        {
            proto.Targets.AddRange(targets);
        }

        if (gameEvent.Cards is { } cards)
        {
            proto.Cards.AddRange(cards);
        }

        return proto;
    }

    /// <summary>
    /// The push's events after <paramref name="seq"/>, as the engine's: a client skips the ones it has applied already
    /// (a snapshot and the pushes after it may overlap).
    /// </summary>
    public static IEnumerable<Events.GameEvent> EventsAfter(this GameAdvanced push, int seq)
    {
        ArgumentNullException.ThrowIfNull(push);
        return push.Events.Where(e => e.Seq > seq).Select(ToEngine);
    }

    /// <summary>
    /// The engine's event as its receiver holds it: visible to everyone with no audience (the receiver saw it), empty
    /// lists and text as null (the engine reads null and empty alike).
    /// </summary>
    public static Events.GameEvent ToEngine(this GameEvent gameEvent)
    {
        ArgumentNullException.ThrowIfNull(gameEvent);
        return new(
            gameEvent.Seq,
            gameEvent.Kind.ToEngine(),
            Events.Visibility.Everyone,
            [],
            gameEvent.Seat,
            gameEvent.Target,
            gameEvent.Targets.Count == 0 ? null : [.. gameEvent.Targets],
            gameEvent.Name.ToEngineOrNull(),
            gameEvent.Cards.Count == 0 ? null : [.. gameEvent.Cards],
            gameEvent.Count,
            gameEvent.From.ToEngine(),
            gameEvent.FromSeat,
            gameEvent.To.ToEngine(),
            gameEvent.ToSeat,
            gameEvent.Amount,
            gameEvent.Hp,
            gameEvent.MaxHp,
            gameEvent.Text is "" ? null : gameEvent.Text);
    }
}
