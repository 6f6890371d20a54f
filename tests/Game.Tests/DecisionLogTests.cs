using System.Text.Json;
using SanguoOrleans.Game.Ai;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Simulation;
using SanguoOrleans.Game.Views;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Tests;

public class DecisionLogTests
{
    private static readonly JsonSerializerOptions Json = new();

    [Theory]
    [InlineData(GameMode.Identity5, 3)]
    [InlineData(GameMode.Identity8, 4)]
    [InlineData(GameMode.Identity8DoubleRenegade, 5)]
    public void Replaying_the_decision_log_reproduces_the_same_final_state(GameMode mode, ulong seed)
    {
        var settings = new GameSettings(mode);
        for (var i = 0; i < 40; i++)
        {
            var played = Simulator.PlayOne(settings, Simulator.GameSeed(seed, i));
            var log = JsonSerializer.Deserialize<List<Decision>>(JsonSerializer.Serialize(played.DecisionLog, Json), Json)!;
            var replayed = GameEngine.Replay(settings, played.Seed, log);
            Assert.Equal(played.StateHash(), replayed.StateHash());
            Assert.Equal(played.Result!.Side, replayed.Result!.Side);
            Assert.Equal(played.Result.WinningSeats, replayed.Result.WinningSeats);
            Assert.Equal(JsonSerializer.Serialize(played.EventsSince(-1, 0)), JsonSerializer.Serialize(replayed.EventsSince(-1, 0)));
        }
    }

    [Theory]
    [InlineData(GameMode.Identity5, 10UL)]
    [InlineData(GameMode.Identity8, 11UL)]
    [InlineData(GameMode.Identity8DoubleRenegade, 12UL)]
    public void Refused_decisions_leave_the_state_hash_unchanged(GameMode mode, ulong seed)
    {
        var settings = new GameSettings(mode);
        var ai = new SmartAi(settings);
        var engine = GameEngine.Create(settings, seed);
        var refusals = 0;
        while (!engine.IsOver)
        {
            var r = engine.Pending.First(p => engine.PendingFor(p.Seat) is not null);
            var before = engine.StateHash();
            foreach (var bad in Illegal(engine, r))
            {
                var result = engine.Submit(bad);
                Assert.False(result.Accepted, $"accepted {bad} for {r.Kind}/{r.Reason}");
                Assert.NotEqual(RefusalReason.None, result.Reason);
                Assert.False(string.IsNullOrEmpty(result.Message));
                Assert.Equal(before, engine.StateHash());
                refusals++;
            }

            GameRunner.Step(engine, _ => ai);
        }

        Assert.True(refusals > 100);
    }

    private static IEnumerable<Decision> Illegal(GameEngine engine, DecisionRequest r)
    {
        yield return Decision.PassOn(r) with { RequestId = r.Id + 1 };
        var notAsked = Enumerable.Range(0, engine.Players.Length).FirstOrDefault(s => engine.PendingFor(s) is null, -1);
        if (notAsked >= 0)
        {
            yield return Decision.PassOn(r) with { Seat = notAsked };
        }

        if (!r.CanPass)
        {
            yield return Decision.PassOn(r);
        }

        var foreign = engine.Players.Where(p => p.Seat != r.Seat).SelectMany(p => p.Hand).FirstOrDefault(-1);
        if (foreign >= 0 && r.Kind != RequestKind.ChooseHero)
        {
            yield return Decision.With(r, [foreign], [r.Seat]);
        }

        if (r.Kind == RequestKind.Play && r.Plays.FirstOrDefault(p => p.MaxTargets == 1 && p.SecondTargets is null) is { } single)
        {
            var outside = Enumerable.Range(-1, engine.Players.Length + 2).First(t => !single.Targets.Contains(t));
            yield return Decision.With(r, single.Cards.Take(1).ToList(), [outside]);
        }

        if (r.Kind is RequestKind.ChooseOption or RequestKind.ChooseHero)
        {
            yield return Decision.Choose(r, "not-an-option") with { Hero = "nobody" };
        }
    }

    [Theory]
    [InlineData(GameMode.Identity5)]
    [InlineData(GameMode.Identity8)]
    [InlineData(GameMode.Doubles)]
    [InlineData(GameMode.OneVsOne)]
    public void Folding_the_events_a_viewer_received_gives_the_snapshot_and_nothing_hidden_leaks(GameMode mode)
    {
        var settings = new GameSettings(mode);
        var ai = new SmartAi(settings);
        for (var g = 0; g < 4; g++)
        {
            var engine = GameEngine.Create(settings, Simulator.GameSeed(77, g));
            var viewers = Enumerable.Range(-1, engine.Players.Length + 1).ToArray();
            var folders = viewers.ToDictionary(v => v, v => new ViewFolder(v));
            var seen = viewers.ToDictionary(v => v, _ => -1);

            // Draw-pile cards a viewer was shown (观星, 遗计) may appear in that viewer's requests.
            var shown = viewers.ToDictionary(v => v, _ => new HashSet<int>());
            while (true)
            {
                foreach (var v in viewers)
                {
                    foreach (var e in engine.EventsSince(seen[v], v))
                    {
                        AssertNoLeak(engine, e, v);
                        folders[v].Apply(e);
                        if (e.Kind == EventKind.CardsSeen)
                        {
                            shown[v].UnionWith(e.Cards ?? []);
                        }

                        seen[v] = e.Seq;
                    }

                    seen[v] = engine.EventCount - 1;
                    var snapshot = engine.ViewFor(v);
                    Assert.Equal(JsonSerializer.Serialize(snapshot), JsonSerializer.Serialize(folders[v].ToView()));
                    Assert.All(snapshot.Seats.Where(s => !SeesHand(engine, v, s.Seat)), s => Assert.Empty(s.Hand));
                    Assert.All(snapshot.Seats.Where(s => SeesHand(engine, v, s.Seat)), s => Assert.Equal(engine.Players[s.Seat].Hand, s.Hand));
                    if (engine.PendingFor(v) is { } request)
                    {
                        Assert.All(request.Cards, c => Assert.False(HiddenFrom(engine, c, v) && !shown[v].Contains(c), $"request shows hidden card {c}"));
                        if (request.Mode == RequestMode.Race)
                        {
                            Assert.Equal([v], request.Players);
                        }
                    }
                }

                if (engine.IsOver)
                {
                    break;
                }

                GameRunner.Step(engine, _ => ai);
            }
        }
    }

    private static bool HiddenFrom(GameEngine engine, int card, int viewer)
    {
        var at = engine.Locations[card];
        return at.Zone == ZoneKind.DrawPile || (at.Zone == ZoneKind.Hand && !SeesHand(engine, viewer, at.Seat));
    }

    /// <summary>A viewer sees its own hand and, in 2v2, its teammate's: never anyone else's, spectators none.</summary>
    private static bool SeesHand(GameEngine engine, int viewer, int seat) =>
        viewer == seat || (viewer >= 0 && engine.Settings.TeamRules is { TeammatesSeeHands: true } && engine.SideOf(viewer) == engine.SideOf(seat));

    private static void AssertNoLeak(GameEngine engine, GameEvent e, int viewer)
    {
        if (e.Kind == EventKind.CardsMoved && e.Cards is { Count: > 0 } && !e.From.IsPublic() && !e.To.IsPublic())
        {
            Assert.True(
                (e.From == ZoneKind.Hand && SeesHand(engine, viewer, e.FromSeat)) || (e.To == ZoneKind.Hand && SeesHand(engine, viewer, e.ToSeat)),
                $"seat {viewer} sees a hidden move between {e.FromSeat} and {e.ToSeat}");
        }

        if (e.Kind is EventKind.HeroesOffered or EventKind.RoleRevealed or EventKind.CardsSeen && e.Visibility == Visibility.Only)
        {
            Assert.Equal(e.Seat, viewer);
        }
    }

    [Fact]
    public void Requests_decisions_events_views_and_settings_round_trip_through_json()
    {
        var settings = new GameSettings(GameMode.Identity8, StackedDeck: [1, 2, 3]);
        var engine = Simulator.PlayOne(settings with { StackedDeck = null }, 3);
        var replay = GameEngine.Create(settings with { StackedDeck = null }, 3);
        GameRunner.Step(replay, _ => new TrustAi());
        var request = replay.Pending[0];
        Assert.Equal(JsonSerializer.Serialize(request), JsonSerializer.Serialize(JsonSerializer.Deserialize<DecisionRequest>(JsonSerializer.Serialize(request))));
        Assert.Equal(JsonSerializer.Serialize(settings), JsonSerializer.Serialize(JsonSerializer.Deserialize<GameSettings>(JsonSerializer.Serialize(settings))));
        var view = engine.ViewFor(2);
        Assert.Equal(JsonSerializer.Serialize(view), JsonSerializer.Serialize(JsonSerializer.Deserialize<PlayerView>(JsonSerializer.Serialize(view))));
        var events = engine.EventsSince(-1, 2);
        Assert.Equal(JsonSerializer.Serialize(events), JsonSerializer.Serialize(JsonSerializer.Deserialize<List<GameEvent>>(JsonSerializer.Serialize(events))));
    }
}
