using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Simulation;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Tests;

public class SimulationPropertyTests
{
    [Theory]
    [InlineData(GameMode.Identity5)]
    [InlineData(GameMode.Identity8)]
    [InlineData(GameMode.Identity8DoubleRenegade)]
    [InlineData(GameMode.Doubles)]
    [InlineData(GameMode.OneVsOne)]
    public void Every_ai_game_ends_with_cards_conserved_and_hp_in_bounds(GameMode mode)
    {
        var settings = new GameSettings(mode);
        var roundLimitDraws = 0;
        var games = settings.IsTeamMode ? 400 : 700;
        var played = new HashSet<string>();
        for (var i = 0; i < games; i++)
        {
            var seed = Simulator.GameSeed(42, i);
            var engine = GameEngine.Create(settings, seed);

            // Heroes picked at random from the offers, so that every hero and its skills take part.
            var ai = new RandomHeroPicks(new Ai.SmartAi(settings), seed);
            var steps = 0;
            while (!engine.IsOver)
            {
                GameRunner.Step(engine, _ => ai);
                if (++steps % 7 == 0)
                {
                    AssertInvariants(engine);
                }

                Assert.True(steps < 50_000, "game did not end");
            }

            AssertInvariants(engine);
            roundLimitDraws += engine.Result!.Rounds > settings.MaxRounds ? 1 : 0;
            played.UnionWith(Enumerable.Range(0, settings.PlayerCount).SelectMany(engine.HeroesOf));
        }

        Assert.Equal(Heroes.HeroCatalog.All.Select(h => h.Id).Order(), played.Order());

        // The round limit is a safety net only: real games end by the win conditions.
        Assert.True(roundLimitDraws < games / 50, $"{roundLimitDraws} games hit the round limit");
    }

    [Fact]
    public void Same_seed_gives_the_same_simulation_hash()
    {
        var settings = new GameSettings(GameMode.Identity8);
        var a = Simulator.Run(settings, 7, 20);
        var b = Simulator.Run(settings, 7, 20);
        var c = Simulator.Run(settings, 8, 20);
        Assert.Equal(a.StateHash, b.StateHash);
        Assert.NotEqual(a.StateHash, c.StateHash);
        Assert.Equal(20, a.Finished);
    }

    [Theory]
    [InlineData(GameMode.Identity5, 5)]
    [InlineData(GameMode.Doubles, 4)]
    [InlineData(GameMode.OneVsOne, 6)]
    public void Hero_stats_count_every_drafted_hero_once_per_game_and_wins_only_for_the_winners(GameMode mode, int heroesPerGame)
    {
        var summary = Simulator.Run(new GameSettings(mode), 3, 30, randomHeroes: true);
        Assert.Equal(30 * heroesPerGame, summary.Heroes.Values.Sum(h => h.Played));
        Assert.All(summary.Heroes.Values, h => Assert.InRange(h.Won, 0, h.Played));
        Assert.Equal(0, summary.InvariantFailures);
        Assert.Equal(30, summary.Wins.Values.Sum() + summary.Draws);
        Assert.True(summary.Heroes.Count > 12, $"only {summary.Heroes.Count} heroes played");
    }

    internal static void AssertInvariants(GameEngine engine)
    {
        var seen = new int[engine.Cards.Length];
        void Count(IEnumerable<int> ids, ZoneKind zone, int seat)
        {
            foreach (var id in ids)
            {
                seen[id]++;
                Assert.Equal(new CardLocation(zone, seat), engine.Locations[id]);
            }
        }

        Count(engine.DrawPile, ZoneKind.DrawPile, -1);
        Count(engine.DiscardPile, ZoneKind.DiscardPile, -1);
        Count(engine.Processing, ZoneKind.Processing, -1);
        foreach (var p in engine.Players)
        {
            Count(p.Hand, ZoneKind.Hand, p.Seat);
            Count(p.Equip.Where(e => e >= 0), ZoneKind.Equipment, p.Seat);
            Count(p.Judge, ZoneKind.Judge, p.Seat);
            Assert.True(p.Hp <= p.MaxHp, $"seat {p.Seat} hp {p.Hp} > max {p.MaxHp}");
            // A dying player may still be saved (while the rescue goes on a rescuer's own skills may ask, e.g. 连营 after
            // his last 桃); a fallen 1v1 hero is at 0 HP until its successor is chosen.
            if (p.Alive && engine.Pending.Count > 0 && engine.Pending[0] is { Kind: not Decisions.RequestKind.Peach, Reason: not "debut" }
                && !(p.Hp <= 0 && InDying(engine, p.Seat)))
            {
                Assert.True(p.Hp > 0 || p.MaxHp == 0, $"seat {p.Seat} alive with hp {p.Hp} while asked {engine.Pending[0].Kind} {engine.Pending[0].Reason}");
            }

            if (!p.Alive && !engine.IsOver)
            {
                Assert.Empty(p.Hand);
                Assert.Empty(p.Judge);
            }
        }

        Assert.All(seen, n => Assert.Equal(1, n));
        Assert.Null(Invariants.Check(engine));
    }

    /// <summary>Whether the seat's dying started after its latest loss of HP (rescues since may leave it at 0 or less).</summary>
    private static bool InDying(GameEngine engine, int seat)
    {
        var events = engine.EventsSince(-1, -1);
        for (var i = events.Count - 1; i >= 0; i--)
        {
            var e = events[i];
            var about = e.Kind == Events.EventKind.Damaged ? e.Target : e.Seat;
            if (about == seat && e.Kind is Events.EventKind.Dying or Events.EventKind.Damaged or Events.EventKind.HpLost or Events.EventKind.Died)
            {
                return e.Kind == Events.EventKind.Dying;
            }
        }

        return false;
    }
}
