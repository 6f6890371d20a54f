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

    internal static void AssertInvariants(GameEngine engine) => Assert.Null(Invariants.Check(engine));
}
