using SanguoOrleans.Game.Ai;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Random;
using SanguoOrleans.Game.Skills;

namespace SanguoOrleans.Game.Simulation;

/// <summary>Plays batches of games with AI at every seat.</summary>
public static class Simulator
{
    /// <summary>The seed of game <paramref name="index"/> in a batch started from <paramref name="seed"/>.</summary>
    public static ulong GameSeed(ulong seed, int index)
    {
        var s = seed + (ulong)index * 0x9E3779B97F4A7C15UL;
        return Xoshiro256StarStar.SplitMix64(ref s);
    }

    /// <summary>Plays one game with <see cref="SmartAi"/> everywhere and returns the finished engine.</summary>
    /// <param name="skills">The skills in play; null = the standard heroes' skills, an empty registry = plain heroes.</param>
    /// <param name="randomHeroes">Pick heroes uniformly from the offers (see <see cref="RandomHeroPicks"/>) instead of by the AI's taste.</param>
    public static GameEngine PlayOne(GameSettings settings, ulong seed, SkillRegistry? skills = null, bool randomHeroes = false)
    {
        var engine = GameEngine.Create(settings, seed, skills);
        IDecisionMaker ai = new SmartAi(settings);
        ai = randomHeroes ? new RandomHeroPicks(ai, seed) : ai;
        GameRunner.RunToEnd(engine, _ => ai);
        return engine;
    }

    /// <summary>Plays <paramref name="games"/> games from <paramref name="seed"/> and summarizes them.</summary>
    /// <param name="skills">Builds the skills of each game; null = the standard heroes' skills.</param>
    /// <param name="randomHeroes">Pick heroes uniformly from the offers instead of by the AI's taste (balance tables).</param>
    public static SimulationSummary Run(GameSettings settings, ulong seed, int games, Func<SkillRegistry>? skills = null, bool randomHeroes = false)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var wins = new Dictionary<string, int>();
        var heroes = new Dictionary<string, (int Played, int Won)>();
        int finished = 0, draws = 0, broken = 0;
        long turns = 0;
        var hash = 14695981039346656037UL;
        for (var i = 0; i < games; i++)
        {
            var engine = PlayOne(settings, GameSeed(seed, i), skills?.Invoke(), randomHeroes);
            var result = engine.Result!;
            finished++;
            turns += result.Turns;
            broken += Invariants.Hold(engine) ? 0 : 1;
            if (result.Side == WinningSide.Draw)
            {
                draws++;
            }
            else
            {
                var key = result.Side == WinningSide.Team ? "Side" + engine.SideOf(result.WinningSeats[0]) : result.Side.ToString();
                wins[key] = wins.GetValueOrDefault(key) + 1;
            }

            for (var seat = 0; seat < settings.PlayerCount; seat++)
            {
                var won = result.WinningSeats.Contains(seat) ? 1 : 0;
                foreach (var hero in engine.HeroesOf(seat))
                {
                    var (played, wonBefore) = heroes.GetValueOrDefault(hero);
                    heroes[hero] = (played + 1, wonBefore + won);
                }
            }

            hash = (hash ^ engine.StateHash()) * 1099511628211UL;
        }

        return new SimulationSummary(
            games,
            finished,
            draws,
            wins,
            games == 0 ? 0 : (double)turns / games,
            hash,
            heroes.ToDictionary(h => h.Key, h => new HeroRecord(h.Value.Played, h.Value.Won)),
            broken);
    }
}
