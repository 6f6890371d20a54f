using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Simulation;
using SanguoOrleans.Grains;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Storage;
using SanguoOrleans.Grains.Wallet;
using SanguoOrleans.Tables.Bench;

// AI-only tables played concurrently in one in-process silo (games/s), decision round trips of a scripted human
// through SubmitAsync (latency), and the engine's own Simulator on the same cores in the same run (the ratio is
// what hosting costs; the target is at least 0.5).
var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : Environment.ProcessorCount * 4;
var mode = args.Length > 2 ? Enum.Parse<GameMode>(args[2]) : GameMode.Identity5;
// "tables" measures only the AI-only tables (for a profiler attached to the run).
var tablesOnly = args.Length > 3 && args[3] == "tables";
var duration = TimeSpan.FromSeconds(seconds);
var game = new GameSettings(mode);

var builder = Host.CreateApplicationBuilder();
builder.Logging.ClearProviders();
builder.UseOrleans(silo =>
{
    silo.UseLocalhostClustering();
    silo.AddMemoryGrainStorage(StorageNames.Default);

    // The storage format every silo of ours uses (System.Text.Json), not Orleans' Newtonsoft default.
    silo.UseReadableJsonGrainStorage();
    silo.Services.AddSanguoGrains(builder.Configuration);
    silo.Services.AddInMemoryWalletStore();
    silo.Services.AddSingleton<FinishedGames>();
});
using var host = builder.Build();
await host.StartAsync();
var grains = host.Services.GetRequiredService<IGrainFactory>();
var finished = host.Services.GetRequiredService<FinishedGames>();

Console.WriteLine($"{Environment.ProcessorCount} processors, {mode}, {concurrency} concurrent tables, {seconds:0} s per measurement");
var engineGames = new GameCounter();
var tableGames = new GameCounter();
await AiTablesAsync(TimeSpan.FromSeconds(2), new GameCounter());
if (tablesOnly)
{
    await AiTablesAsync(duration, tableGames);
    Console.WriteLine($"AI-only TableGrains, games/s: {tableGames.PerSecond:0}");
    await host.StopAsync();
    return 0;
}

// The box is shared and its load swings within seconds: one-second slices of each side, alternated, see the same load.
SimulatorGames(TimeSpan.FromSeconds(1), new GameCounter());
for (var slice = 0; slice < Math.Max(1, (int)seconds); slice++)
{
    SimulatorGames(TimeSpan.FromSeconds(1), engineGames);
    await AiTablesAsync(TimeSpan.FromSeconds(1), tableGames);
}

var latencies = await HumanRoundTripsAsync(duration);
latencies.Sort();
Console.WriteLine();
Console.WriteLine("| measurement | value |");
Console.WriteLine("|---|---:|");
Console.WriteLine($"| engine Simulator, games/s on {Environment.ProcessorCount} cores ({engineGames.Games} games) | {engineGames.PerSecond:0} |");
Console.WriteLine($"| AI-only TableGrains, games/s ({concurrency} concurrent, {tableGames.Games} games) | {tableGames.PerSecond:0} |");
Console.WriteLine($"| ratio grains / engine | {tableGames.PerSecond / engineGames.PerSecond:0.00} |");
Console.WriteLine($"| human decision round trip via SubmitAsync, p50 ms ({latencies.Count} decisions) | {Percentile(0.50):0.000} |");
Console.WriteLine($"| same, p99 ms | {Percentile(0.99):0.000} |");
await host.StopAsync();
return 0;

double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)(p * latencies.Count))];

// Both sides play the same sequence of seeds, so game lengths are alike.
ulong SeedOf(long game) => Simulator.GameSeed(0, (int)game);

// The engine alone: one independent game loop per core, as many games as fit in the duration.
void SimulatorGames(TimeSpan span, GameCounter counter)
{
    var stopwatch = Stopwatch.StartNew();
    Parallel.For(0, Environment.ProcessorCount, _ =>
    {
        while (stopwatch.Elapsed < span)
        {
            Simulator.PlayOne(game, SeedOf(counter.Next()));
        }
    });
    counter.AddTime(stopwatch.Elapsed);
}

// Ranked AI-only tables, created back to back by each of `concurrency` callers; a game counts when its result arrives.
async Task AiTablesAsync(TimeSpan span, GameCounter counter)
{
    var stopwatch = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        while (stopwatch.Elapsed < span)
        {
            var id = TableIds.New();
            var settings = new TableSettings("bench", game, Private: true, Seed: SeedOf(counter.Next()));
            var done = finished.WhenFinished(id);
            var created = await grains.GetGrain<ITableGrain>(id).CreateRankedAsync(
                new RankedTableRequest(settings, [.. Enumerable.Repeat<Guid?>(null, game.PlayerCount)], TimeSpan.Zero, "bench"));
            if (!created.Ok)
            {
                throw new InvalidOperationException(created.Refusal!.Message);
            }

            await done;
            finished.Forget(id);
        }
    }));
    counter.AddTime(stopwatch.Elapsed);
}

// Tables with one scripted human at seat 0 (AI elsewhere): every answer goes through SubmitAsync and is timed.
async Task<List<double>> HumanRoundTripsAsync(TimeSpan span)
{
    var latenciesMs = new List<double>();
    var stopwatch = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
    {
        while (stopwatch.Elapsed < span)
        {
            var id = TableIds.New();
            var user = Guid.NewGuid();
            var table = grains.GetGrain<ITableGrain>(id);
            var players = Enumerable.Repeat<Guid?>(null, game.PlayerCount).ToArray();
            players[0] = user;
            var human = new ScriptedHuman(table, user, latenciesMs);
            var reference = grains.CreateObjectReference<ITableObserver>(human);
            var done = finished.WhenFinished(id);
            await table.CreateRankedAsync(new RankedTableRequest(new TableSettings("bench", game, Private: true, Seed: (ulong)worker), players, TimeSpan.Zero, "bench"));
            human.StartFrom((await table.ConnectAsync(user, reference)).Value!);
            await done;
            finished.Forget(id);
            grains.DeleteObjectReference<ITableObserver>(reference);
        }
    }));
    return latenciesMs;
}
