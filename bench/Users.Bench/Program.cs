using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MySqlConnector;
using Orleans.Configuration;
using SanguoOrleans.Grains;
using SanguoOrleans.Grains.Interfaces.Users;
using SanguoOrleans.Grains.Storage;
using SanguoOrleans.Grains.Wallet;

// Lazy-group writes under a steady stream of changes: every user makes `rate` profile changes per second,
// and the storage writes are counted in MariaDB itself (each row's Version is its number of writes).
// The same load with a zero flush interval (write-through) is measured in the same run as the baseline.
var settings = new ConfigurationBuilder().AddCommandLine(args).Build();
var users = settings.GetValue("users", 100);
var rate = settings.GetValue("rate", 10);
var seconds = settings.GetValue("seconds", 120);
var baselineSeconds = settings.GetValue("baseline-seconds", 20);
var mySql = settings["mysql"] ?? Environment.GetEnvironmentVariable("SANGUO_MYSQL")
    ?? throw new InvalidOperationException("Pass --mysql \"<connection string>\" or set SANGUO_MYSQL (eval \"$(scripts/services.sh env)\").");

await MySqlSchema.ApplyAsync(mySql);
var lazy = await RunAsync(mySql, users, rate, TimeSpan.FromSeconds(seconds), flushInterval: null);
var writeThrough = await RunAsync(mySql, users, rate, TimeSpan.FromSeconds(baselineSeconds), flushInterval: TimeSpan.Zero);

Console.WriteLine($"users={users} rate={rate}/s per user");
Console.WriteLine("| mode | seconds | changes | profile writes | writes per user per minute |");
Console.WriteLine("|---|---|---|---|---|");
foreach (var r in new[] { lazy, writeThrough })
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {r.Mode} | {r.Seconds:0} | {r.Changes} | {r.Writes} | {r.WritesPerUserPerMinute:0.00} |"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"lazy / write-through = {lazy.WritesPerUserPerMinute / writeThrough.WritesPerUserPerMinute:0.0000}"));

static async Task<Result> RunAsync(string mySql, int users, int rate, TimeSpan duration, TimeSpan? flushInterval)
{
    var serviceId = "bench-" + Guid.NewGuid().ToString("N")[..10];
    using var host = new HostBuilder()
        .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
        .ConfigureAppConfiguration(config => config.AddInMemoryCollection(
            flushInterval is { } interval ? [new("Users:FlushInterval", interval.ToString())] : []))
        .UseOrleans((context, silo) =>
        {
            silo.UseLocalhostClustering(FreePort(), FreePort(), serviceId: serviceId, clusterId: serviceId);
            silo.AddMySqlGrainStorage(StorageNames.Default, mySql);
            silo.Services.AddSanguoGrains(context.Configuration);
            silo.Services.AddMySqlWalletStore(mySql);
        })
        .Build();
    await host.StartAsync();
    var grains = host.Services.GetRequiredService<IGrainFactory>();
    var players = Enumerable.Range(0, users).Select(_ => grains.GetGrain<IUserGrain>(Guid.NewGuid())).ToArray();
    await Task.WhenAll(players.Select((p, i) => p.CreateAsync($"bench{i}")));

    var changes = 0L;
    var interval = TimeSpan.FromSeconds(1.0 / rate);
    var stopwatch = Stopwatch.StartNew();
    using var stop = new CancellationTokenSource(duration);
    await Task.WhenAll(players.Select(async player =>
    {
        using var ticks = new PeriodicTimer(interval);
        while (await ticks.WaitForNextTickAsync(stop.Token).AsTask().ContinueWith(t => !t.IsCanceled && t.Result, TaskScheduler.Default))
        {
            await player.AddExperienceAsync(1);
            Interlocked.Increment(ref changes);
        }
    }));
    var elapsed = stopwatch.Elapsed;

    // Counted before shutdown: the final flush on deactivation is not part of the steady state.
    var writes = await CountProfileWritesAsync(mySql, serviceId);
    await host.StopAsync();
    var mode = flushInterval is null ? "lazy (default 30 s interval)" : "write-through (interval 0)";
    return new Result(mode, elapsed.TotalSeconds, changes, writes, writes / (double)users / elapsed.TotalMinutes);
}

static async Task<long> CountProfileWritesAsync(string mySql, string serviceId)
{
    await using var connection = new MySqlConnection(mySql);
    await connection.OpenAsync();
    await using var command = new MySqlCommand(
        "SELECT COALESCE(SUM(Version), 0) FROM OrleansStorage WHERE ServiceId = @service AND GrainTypeString = 'user-profile'", connection);
    command.Parameters.AddWithValue("@service", serviceId);
    return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
}

static int FreePort()
{
    using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
    listener.Start();
    return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
}

internal sealed record Result(string Mode, double Seconds, long Changes, long Writes, double WritesPerUserPerMinute);
