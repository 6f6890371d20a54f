using SanguoOrleans.Protocol.EngineRecords;
using Cards = SanguoOrleans.Game.Cards;
using Decisions = SanguoOrleans.Game.Decisions;
using Events = SanguoOrleans.Game.Events;
using Flow = SanguoOrleans.Game.Flow;
using Modes = SanguoOrleans.Game.Modes;
using Zones = SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Protocol.Tests.EngineRecords;

/// <summary>An engine value added without its protocol value (or named differently) fails here.</summary>
public class EngineEnumsTests
{
    [Fact]
    public void EveryCardName_MapsToTheProtocolValueOfTheSameName_AndBack() =>
        AssertSameNames<Cards.CardName, CardName>(v => v.ToProto(), p => p.ToEngine());

    [Fact]
    public void EveryEventKind_MapsToTheProtocolValueOfTheSameName_AndBack() =>
        AssertSameNames<Events.EventKind, EventKind>(v => v.ToProto(), p => p.ToEngine());

    [Fact]
    public void EveryZone_MapsToTheProtocolValueOfTheSameName_AndBack() =>
        AssertSameNames<Zones.ZoneKind, ZoneKind>(v => v.ToProto(), p => p.ToEngine());

    [Fact]
    public void EveryRequestKind_MapsToTheProtocolValueOfTheSameName_AndBack() =>
        AssertSameNames<Decisions.RequestKind, RequestKind>(v => v.ToProto(), p => p.ToEngine());

    [Fact]
    public void EveryRequestMode_MapsToTheProtocolValueOfTheSameName_AndBack() =>
        AssertSameNames<Decisions.RequestMode, RequestMode>(v => v.ToProto(), p => p.ToEngine());

    [Fact]
    public void EveryDeadlineClass_MapsToTheProtocolValueOfTheSameName_AndBack() =>
        AssertSameNames<Decisions.DeadlineClass, DeadlineClass>(v => v.ToProto(), p => p.ToEngine());

    [Fact]
    public void EveryRole_MapsToTheProtocolValueOfTheSameName_AndBack() =>
        AssertSameNames<Modes.Role, Role>(v => v.ToProto(), p => p.ToEngine());

    [Fact]
    public void EveryWinningSide_MapsToTheProtocolValueOfTheSameName_AndBack() =>
        AssertSameNames<Flow.WinningSide, WinningSide>(v => v.ToProto(), p => p.ToEngine());

    [Fact]
    public void EveryStartingHand_MapsToTheProtocolValueOfTheSameName_AndBack() =>
        AssertSameNames<Modes.StartingHand, StartingHand>(v => v.ToProto(), p => p.ToEngine());

    [Fact]
    public void EveryGameMode_MapsToTheProtocolValueOfTheSameName_AndBack() =>
        AssertSameNames<Modes.GameMode, GameMode>(v => v.ToProto(), p => p.ToEngine());

    [Fact]
    public void UnspecifiedOrUnknownGameMode_FromAClient_IsTheFivePlayerIdentityMode()
    {
        Assert.Equal(Modes.GameMode.Identity5, GameMode.Unspecified.ToEngine());
        Assert.Equal(Modes.GameMode.Identity5, ((GameMode)99).ToEngine());
    }

    [Fact]
    public void UnspecifiedName_IsNoName_AndNoNameIsUnspecified()
    {
        Assert.Null(CardName.Unspecified.ToEngineOrNull());
        Assert.Equal(CardName.Unspecified, ((Cards.CardName?)null).ToProto());
    }

    [Fact]
    public void UnspecifiedOrUnknownValue_OfAFieldThatIsNeverAbsent_IsRejected()
    {
        Assert.Throws<InvalidDataException>(() => EventKind.Unspecified.ToEngine());
        Assert.Throws<InvalidDataException>(() => ((CardName)1000).ToEngine());
    }

    private static void AssertSameNames<TEngine, TProto>(Func<TEngine, TProto> toProto, Func<TProto, TEngine> toEngine)
        where TEngine : struct, Enum
        where TProto : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEngine>())
        {
            var proto = toProto(value);
            Assert.Equal(value.ToString(), proto.ToString());
            Assert.Equal(value, toEngine(proto));
        }

        // Nothing in the protocol that the engine lacks: its values are UNSPECIFIED and the engine's.
        Assert.Equal(Enum.GetValues<TEngine>().Length + 1, Enum.GetValues<TProto>().Length);
        Assert.Equal("Unspecified", Enum.GetName(typeof(TProto), 0));
    }
}
