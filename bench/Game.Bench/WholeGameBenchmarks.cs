using BenchmarkDotNet.Attributes;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Simulation;

namespace SanguoOrleans.Game.Bench;

/// <summary>One complete AI game per operation, cycling through a fixed list of seeds so every run plays the same games.</summary>
[MemoryDiagnoser]
public class WholeGameBenchmarks
{
    private const int SeedCount = 256;
    private readonly GameSettings identity8 = new(GameMode.Identity8);
    private readonly GameSettings identity5 = new(GameMode.Identity5);
    private int next;

    /// <summary>An 8-player identity game (160 cards) from hero choice to the win.</summary>
    [Benchmark]
    public GameEngine Identity8Game() => Simulator.PlayOne(identity8, NextSeed());

    /// <summary>A 5-player identity game (108 cards) from hero choice to the win.</summary>
    [Benchmark]
    public GameEngine Identity5Game() => Simulator.PlayOne(identity5, NextSeed());

    private ulong NextSeed() => Simulator.GameSeed(1, next++ % SeedCount);
}
