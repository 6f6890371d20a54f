using Google.Protobuf;
using SanguoOrleans.Game.Ai;
using SanguoOrleans.Protocol.EngineRecords;
using Cards = SanguoOrleans.Game.Cards;
using Decisions = SanguoOrleans.Game.Decisions;
using Events = SanguoOrleans.Game.Events;
using Flow = SanguoOrleans.Game.Flow;
using Modes = SanguoOrleans.Game.Modes;
using Views = SanguoOrleans.Game.Views;
using Zones = SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Protocol.Tests.EngineRecords;

/// <summary>Engine record → protocol message → bytes → protocol message → engine record gives the record back.</summary>
public class EngineRecordRoundTripTests
{
    public static TheoryData<Events.EventKind> EveryEventKind => [.. Enum.GetValues<Events.EventKind>()];

    [Theory]
    [MemberData(nameof(EveryEventKind))]
    public void EventOfEveryKind_WithEveryFieldSet_RoundTrips_WithoutWhoElseSawIt(Events.EventKind kind)
    {
        var sent = new Events.GameEvent(
            41, kind, Events.Visibility.Only, [2, 3], Seat: 2, Target: 4, Targets: [1, 4], Name: Cards.CardName.FireAttack,
            Cards: [17, 99], Count: 2, From: Zones.ZoneKind.Hand, FromSeat: 2, To: Zones.ZoneKind.Equipment, ToSeat: 4,
            Amount: 3, Hp: 1, MaxHp: 4, Text: "fire");

        var wire = Wire(sent.ToProto());
        var received = wire.ToEngine();

        Assert.Equivalent(sent with { Visibility = Events.Visibility.Everyone, Audience = [] }, received, strict: true);
        Assert.Equal(Events.Visibility.Everyone, received.Visibility);
        Assert.Empty(received.Audience);
    }

    [Fact]
    public void EventWithNothingOptionalSet_RoundTripsWithItsNullsAndItsNoSeats()
    {
        var sent = new Events.GameEvent(3, Events.EventKind.Dying, Events.Visibility.Everyone, [], Seat: 1);

        var received = Wire(sent.ToProto()).ToEngine();

        Assert.Equivalent(sent, received, strict: true);
        Assert.Null(received.Name);
        Assert.Null(received.Cards);
        Assert.Null(received.Text);
        Assert.Equal(-1, received.Target);
    }

    [Fact]
    public void PlayRequest_WithPlaysAndSecondTargets_RoundTrips()
    {
        var sent = new Decisions.DecisionRequest(
            12, 0, Decisions.RequestKind.Play, Decisions.RequestMode.One, [0], Decisions.DeadlineClass.Action, "play_phase",
            -1, -1, null, 0, [], [5, 6, 7], 0, 0, true, [],
            [
                new Decisions.PlayOption("use", [5], Cards.CardName.Slash, [1, 2], 1, 1),
                new Decisions.PlayOption("use", [6], Cards.CardName.Collateral, [1, 3], 2, 2, [[2, 4], [0]]),
                new Decisions.PlayOption("zhiheng", [5, 6, 7], Cards.CardName.ExNihilo, [], 0, 0, MinCards: 1, MaxCards: 3),
            ],
            []);

        var received = Wire(sent.ToProto()).ToEngine();

        Assert.Equivalent(sent, received, strict: true);
        Assert.Null(received.Trick);
        Assert.Null(received.Plays[0].SecondTargets);
        Assert.Equal([2, 4], received.Plays[1].SecondTargets![0]);
    }

    [Fact]
    public void NullifyRequest_WithItsTrickAndWantedCards_RoundTrips()
    {
        var sent = new Decisions.DecisionRequest(
            13, 3, Decisions.RequestKind.Nullify, Decisions.RequestMode.Race, [3], Decisions.DeadlineClass.Response, "nullify",
            1, 2, Cards.CardName.Snatch, 1, [Cards.CardName.Nullification], [40], 0, 1, true, ["a", "b"], [], ["caocao"]);

        var received = Wire(sent.ToProto()).ToEngine();

        Assert.Equivalent(sent, received, strict: true);
        Assert.Equal(Cards.CardName.Snatch, received.Trick);
    }

    [Fact]
    public void View_WithHiddenAndPublicRoles_AndAWinner_RoundTrips()
    {
        var sent = new Views.PlayerView(
            1, 0, "Play", 7, 80, 12, [33],
            [
                new Views.SeatView(0, "caocao", "Lord", 3, 5, true, false, 4, [], [10, -1, -1, 11], [22], [0, 2, 0]),
                new Views.SeatView(1, "liubei", "Rebel", 2, 4, true, true, 2, [3, 4], [-1, -1, -1, -1], [], [1, 0, 0]),
                new Views.SeatView(2, null, null, 0, 0, false, false, 0, [], [-1, -1, -1, -1], [], [0, 0, 0]),
            ],
            "Rebels");

        var received = Wire(sent.ToProto()).ToEngine();

        Assert.Equivalent(sent, received, strict: true);
    }

    [Fact]
    public void ViewOfARunningGame_HasNoWinner()
    {
        var sent = new Views.PlayerView(-1, 0, "None", 0, 160, 0, [], [], null);

        var proto = Wire(sent.ToProto());

        Assert.Equal(WinningSide.Unspecified, proto.Winner);
        Assert.Null(proto.ToEngine().Winner);
    }

    [Fact]
    public void Result_RoundTrips()
    {
        var sent = new Flow.GameResult(Flow.WinningSide.Rebels, [2, 3], [Modes.Role.Lord, Modes.Role.Loyalist, Modes.Role.Rebel, Modes.Role.Rebel, Modes.Role.Renegade], 31, 7);

        Assert.Equivalent(sent, Wire(sent.ToProto()).ToEngine(), strict: true);
    }

    [Fact]
    public void Decision_RoundTrips_WithNoOptionAsNull()
    {
        Decisions.Decision[] sent =
        [
            new(4, 1, false, [5, 6], [2, 3], "spear"),
            new(5, 0, false, [], [], null, "zhugeliang"),
            new(6, 2, true, [], []),
        ];

        Assert.Equivalent(sent, sent.Select(d => Wire(d.ToProto()).ToEngine()), strict: true);
    }

    [Fact]
    public void TeamSettings_WithFixedSetup_RoundTrip()
    {
        var sent = new Modes.GameSettings(
            Modes.GameMode.Doubles, false, 1, 3, 50, [1, 2, 3], [Modes.Role.Loyalist, Modes.Role.Rebel, Modes.Role.Rebel, Modes.Role.Loyalist],
            ["caocao", "liubei", "sunquan", "lvbu"], Modes.TeamRules.Sides(2, 2) with { StartingHand = Modes.StartingHand.MaxHp }, [4, 4, 3, 3], [5, 0, 0, 4]);

        Assert.Equivalent(sent, Wire(sent.ToProto()).ToEngine(), strict: true);
    }

    [Fact]
    public void DefaultSettings_RoundTrip_WithTheirUnsetValuesUnset()
    {
        var sent = new Modes.GameSettings(Modes.GameMode.Identity8);

        var proto = Wire(sent.ToProto());

        Assert.False(proto.HasWithManeuvering);
        Assert.Null(proto.Teams);
        Assert.Equivalent(sent, proto.ToEngine(), strict: true);
    }

    [Theory]
    [InlineData(Modes.GameMode.Identity5, 5UL)]
    [InlineData(Modes.GameMode.Doubles, 6UL)]
    public void WholeSeededAiGame_EveryRequestViewAndEventAsReceived_RoundTrips_AndTheEventsFoldIntoTheView(Modes.GameMode mode, ulong seed)
    {
        var settings = new Modes.GameSettings(mode);
        var engine = Flow.GameEngine.Create(settings, seed);
        var ai = new SmartAi(settings);
        for (var step = 0; !engine.IsOver && step < 20_000; step++)
        {
            var request = engine.Pending.First(r => engine.PendingFor(r.Seat) is not null);
            Assert.Equivalent(request, Wire(request.ToProto()).ToEngine(), strict: true);
            if (step % 50 == 0)
            {
                var view = engine.ViewFor(request.Seat);
                Assert.Equivalent(view, Wire(view.ToProto()).ToEngine(), strict: true);
            }

            // As the simulator does: an AI answer the engine refuses gives way to the default one.
            if (!engine.Submit(ai.Decide(engine, request)).Accepted)
            {
                Assert.True(engine.Submit(Flow.GameEngine.DefaultDecision(request)).Accepted);
            }
        }

        Assert.True(engine.IsOver);
        Assert.Equivalent(engine.ViewFor(-1), Wire(engine.ViewFor(-1).ToProto()).ToEngine(), strict: true);
        var folder = new Views.ViewFolder(0);
        foreach (var e in engine.EventsSince(-1, 0))
        {
            var received = Wire(e.ToProto()).ToEngine();
            Assert.Equivalent(AsReceived(e), received, strict: true);
            folder.Apply(received);
        }

        // The events as a client receives them carry the whole view: folded, they give the view the server sends.
        Assert.Equivalent(Wire(engine.ViewFor(0).ToProto()).ToEngine(), folder.ToView(), strict: true);
    }

    /// <summary>What a receiver holds: no audience, and no list or text where the engine wrote an empty one.</summary>
    private static Events.GameEvent AsReceived(Events.GameEvent e) => e with
    {
        Visibility = Events.Visibility.Everyone,
        Audience = [],
        Cards = e.Cards is { Count: > 0 } ? e.Cards : null,
        Targets = e.Targets is { Count: > 0 } ? e.Targets : null,
        Text = e.Text is "" ? null : e.Text,
    };

    private static T Wire<T>(T message) where T : IMessage<T>, new() => new MessageParser<T>(() => new T()).ParseFrom(message.ToByteArray());
}
