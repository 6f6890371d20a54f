using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SanguoOrleans.Gateway.Bench;

// Gateway bench (issue 6, point 8): gateway vs raw Orleans client vs bare TCP echo, interleaved, plus idle memory.
if (args is ["echo-server", var echoPort])
{
    await EchoServer.RunAsync(int.Parse(echoPort, CultureInfo.InvariantCulture));
    return;
}

var options = BenchOptions.Parse(args);
var ports = BenchPorts.Next();
const string ClusterId = "gateway-bench";
const int CallersPerConnection = 16;
Report.Machine(options);

await using var silo = HostProcess.Start(options.SiloAssembly, [], new Dictionary<string, string>
{
    ["Cluster:ClusterId"] = ClusterId,
    ["Cluster:ServiceId"] = ClusterId,
    ["Cluster:SiloPort"] = Text(ports.Silo),
    ["Cluster:GatewayPort"] = Text(ports.OrleansGateway),
    ["Gateway:ListenAddress"] = "127.0.0.1",
    ["Gateway:TcpPort"] = Text(ports.ClientTcp),
    ["Gateway:HttpPort"] = Text(ports.Http),
    // The per-connection rate limit (200/s) would cap a closed loop; idle connections must outlive the setup.
    ["Gateway:RequestsPerSecond"] = "10000000",
    ["Gateway:RequestBurst"] = "10000000",
    ["Gateway:IdleTimeout"] = "00:30:00",
    ["Logging:LogLevel:Default"] = "Warning",
});
await using var echo = HostProcess.Start(typeof(EchoServer).Assembly.Location, ["echo-server", Text(ports.Echo)], new Dictionary<string, string>());
await silo.WaitForPortAsync(ports.ClientTcp, TimeSpan.FromSeconds(90));
await silo.WaitForPortAsync(ports.OrleansGateway, TimeSpan.FromSeconds(90));
await echo.WaitForPortAsync(ports.Echo, TimeSpan.FromSeconds(30));

var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.UseOrleansClient(client => client.UseLocalhostClustering(ports.OrleansGateway, ClusterId, ClusterId));
using var clientHost = builder.Build();
await clientHost.StartAsync();
var cluster = clientHost.Services.GetRequiredService<IClusterClient>();
var users = new BenchUsers(cluster);
var callerUsers = await users.CreateAsync(options.Concurrency.Max(), concurrency: 16);

Workload[] workloads =
[
    Workload.PerCaller("gateway", async i => await GatewayCaller.ConnectAsync(ports.ClientTcp, callerUsers[i]).ConfigureAwait(false)),
    Workload.PerCaller("orleans client", i => Task.FromResult<ICaller>(new OrleansCaller(cluster, callerUsers[i]))),
    Workload.PerCaller("tcp echo", async i => await EchoCaller.ConnectAsync(ports.Echo).ConfigureAwait(false)),
    new("gateway shared", count => SharedGateway.OpenAsync(ports.ClientTcp, callerUsers, count, CallersPerConnection)),
];

var throughput = new Dictionary<(string, int), List<double>>();
var latency = new Dictionary<string, List<(double P50, double P99)>>();
for (var round = 0; round < options.Rounds; round++)
{
    foreach (var callers in options.Concurrency)
    {
        // Rotate the order each round so no workload always runs first (or last) on a loaded box.
        foreach (var workload in workloads.Skip(round % workloads.Length).Concat(workloads.Take(round % workloads.Length)))
        {
            var opened = await workload.OpenAsync(callers);
            var perSecond = await ClosedLoop.RunAsync(opened, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(options.Seconds));
            await DisposeAllAsync(opened);
            Add(throughput, (workload.Name, callers), perSecond);
            Console.WriteLine($"round {round + 1} {workload.Name,-15} callers {callers,3}: {perSecond,10:N0} round trips/s");
        }
    }

    foreach (var workload in workloads)
    {
        var opened = await workload.OpenAsync(16);
        var (p50, p99, calls) = await FixedRate.RunAsync(opened, options.Rate, TimeSpan.FromSeconds(options.Seconds));
        await DisposeAllAsync(opened);
        Add(latency, workload.Name, (p50, p99));
        Console.WriteLine($"round {round + 1} {workload.Name,-15} at {options.Rate}/s over 16 callers: p50 {p50:F3} ms, p99 {p99:F3} ms ({calls} calls)");
    }
}

Report.Throughput(throughput, options.Concurrency, workloads.Select(w => w.Name).ToArray());
Report.Latency(latency, options.Rate);

if (options.IdleConnections > 0)
{
    var idleUsers = await users.CreateAsync(options.IdleConnections, concurrency: 64);
    var (before, after, open, setup) = await IdleConnections.MeasureAsync(silo, ports.ClientTcp, idleUsers, concurrency: 64);
    Report.Memory(before, after, open, setup);
}

await clientHost.StopAsync();

static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> into, TKey key, TValue value)
    where TKey : notnull
{
    if (!into.TryGetValue(key, out var list))
    {
        into[key] = list = [];
    }

    list.Add(value);
}

static async Task DisposeAllAsync(IEnumerable<ICaller> callers)
{
    foreach (var caller in callers)
    {
        await caller.DisposeAsync().ConfigureAwait(false);
    }
}
