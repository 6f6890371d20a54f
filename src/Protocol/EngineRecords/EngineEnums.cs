using Cards = SanguoOrleans.Game.Cards;
using Decisions = SanguoOrleans.Game.Decisions;
using Events = SanguoOrleans.Game.Events;
using Flow = SanguoOrleans.Game.Flow;
using Modes = SanguoOrleans.Game.Modes;
using Zones = SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Protocol.EngineRecords;

/// <summary>
/// The engine's enums and the protocol's: a protocol value is the engine value + 1, 0 being <c>UNSPECIFIED</c>
/// (absent). A test proves every engine value meets the protocol value of the same name.
/// </summary>
public static class EngineEnums
{
    /// <summary>The protocol's card name.</summary>
    public static CardName ToProto(this Cards.CardName name) => (CardName)((int)name + 1);

    /// <summary>The protocol's card name; <see cref="CardName.Unspecified"/> for none.</summary>
    public static CardName ToProto(this Cards.CardName? name) => name is { } n ? n.ToProto() : CardName.Unspecified;

    /// <summary>The engine's card name; null for <see cref="CardName.Unspecified"/>.</summary>
    public static Cards.CardName? ToEngineOrNull(this CardName name) => name is CardName.Unspecified ? null : name.ToEngine();

    /// <summary>The engine's card name of a field that is never absent.</summary>
    public static Cards.CardName ToEngine(this CardName name) => Down<Cards.CardName>((int)name, nameof(CardName));

    /// <summary>The protocol's event kind.</summary>
    public static EventKind ToProto(this Events.EventKind kind) => (EventKind)((int)kind + 1);

    /// <summary>The engine's event kind.</summary>
    public static Events.EventKind ToEngine(this EventKind kind) => Down<Events.EventKind>((int)kind, nameof(EventKind));

    /// <summary>The protocol's zone.</summary>
    public static ZoneKind ToProto(this Zones.ZoneKind zone) => (ZoneKind)((int)zone + 1);

    /// <summary>The engine's zone.</summary>
    public static Zones.ZoneKind ToEngine(this ZoneKind zone) => Down<Zones.ZoneKind>((int)zone, nameof(ZoneKind));

    /// <summary>The protocol's request kind.</summary>
    public static RequestKind ToProto(this Decisions.RequestKind kind) => (RequestKind)((int)kind + 1);

    /// <summary>The engine's request kind.</summary>
    public static Decisions.RequestKind ToEngine(this RequestKind kind) => Down<Decisions.RequestKind>((int)kind, nameof(RequestKind));

    /// <summary>The protocol's request mode.</summary>
    public static RequestMode ToProto(this Decisions.RequestMode mode) => (RequestMode)((int)mode + 1);

    /// <summary>The engine's request mode.</summary>
    public static Decisions.RequestMode ToEngine(this RequestMode mode) => Down<Decisions.RequestMode>((int)mode, nameof(RequestMode));

    /// <summary>The protocol's deadline class.</summary>
    public static DeadlineClass ToProto(this Decisions.DeadlineClass deadline) => (DeadlineClass)((int)deadline + 1);

    /// <summary>The engine's deadline class.</summary>
    public static Decisions.DeadlineClass ToEngine(this DeadlineClass deadline) => Down<Decisions.DeadlineClass>((int)deadline, nameof(DeadlineClass));

    /// <summary>The protocol's role.</summary>
    public static Role ToProto(this Modes.Role role) => (Role)((int)role + 1);

    /// <summary>The engine's role.</summary>
    public static Modes.Role ToEngine(this Role role) => Down<Modes.Role>((int)role, nameof(Role));

    /// <summary>The protocol's winning side.</summary>
    public static WinningSide ToProto(this Flow.WinningSide side) => (WinningSide)((int)side + 1);

    /// <summary>The engine's winning side.</summary>
    public static Flow.WinningSide ToEngine(this WinningSide side) => Down<Flow.WinningSide>((int)side, nameof(WinningSide));

    /// <summary>The protocol's starting hand.</summary>
    public static StartingHand ToProto(this Modes.StartingHand hand) => (StartingHand)((int)hand + 1);

    /// <summary>The engine's starting hand; <see cref="StartingHand.Unspecified"/> is the engine's default.</summary>
    public static Modes.StartingHand ToEngine(this StartingHand hand) =>
        hand is StartingHand.Unspecified ? default : Down<Modes.StartingHand>((int)hand, nameof(StartingHand));

    /// <summary>The protocol's game mode.</summary>
    public static GameMode ToProto(this Modes.GameMode mode) => (GameMode)((int)mode + 1);

    /// <summary>The engine's game mode; an unspecified or unknown mode (a client's request) is the 5-player identity mode.</summary>
    public static Modes.GameMode ToEngine(this GameMode mode) =>
        Enum.IsDefined((Modes.GameMode)((int)mode - 1)) ? (Modes.GameMode)((int)mode - 1) : Modes.GameMode.Identity5;

    private static T Down<T>(int protoValue, string enumName) where T : struct, Enum
    {
        var value = protoValue - 1;
        var engine = (T)Enum.ToObject(typeof(T), value);
        return value >= 0 && Enum.IsDefined(engine)
            ? engine
            : throw new InvalidDataException($"{enumName} {protoValue} is unspecified or unknown to this build.");
    }
}
