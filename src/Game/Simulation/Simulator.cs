using SanguoOrleans.Game.Ai;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Random;

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
    public static GameEngine PlayOne(GameSettings settings, ulong seed)
    {
        var engine = GameEngine.Create(settings, seed);
        var ai = new SmartAi(settings);
        GameRunner.RunToEnd(engine, _ => ai);
        return engine;
    }

    /// <summary>Plays <paramref name="games"/> games from <paramref name="seed"/> and summarizes them.</summary>
    public static SimulationSummary Run(GameSettings settings, ulong seed, int games)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var wins = new Dictionary<string, int>();
        int finished = 0, draws = 0;
        long turns = 0;
        var hash = 14695981039346656037UL;
        for (var i = 0; i < games; i++)
        {
            var engine = PlayOne(settings, GameSeed(seed, i));
            var result = engine.Result!;
            finished++;
            turns += result.Turns;
            if (result.Side == WinningSide.Draw)
            {
                draws++;
            }
            else
            {
                var key = result.Side.ToString();
                wins[key] = wins.GetValueOrDefault(key) + 1;
            }

            hash = (hash ^ engine.StateHash()) * 1099511628211UL;
        }

        return new SimulationSummary(games, finished, draws, wins, games == 0 ? 0 : (double)turns / games, hash);
    }
}
