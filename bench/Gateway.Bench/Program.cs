using System.Globalization;
using SanguoOrleans.Gateway.Bench;

// Gateway bench (issue 6, point 8): gateway vs raw Orleans client vs bare TCP echo, interleaved, plus idle memory.
if (args is ["echo-server", var echoListenPort])
{
    await EchoServer.RunAsync(int.Parse(echoListenPort, CultureInfo.InvariantCulture));
    return;
}

var options = BenchOptions.Parse(args);
var echoPort = BenchPorts.Next().Echo;
const int CallersPerConnection = 16;
Report.Machine(options);

await using var cluster = await BenchCluster.StartAsync(options.SiloAssembly, "gateway-bench", options.SiloSettings);
// An older build of the silo beside this one, measured in the same run under the same load.
await using var baseline = options.BaselineSiloAssembly is { } baselineAssembly ? await BenchCluster.StartAsync(baselineAssembly, "gateway-bench-baseline", []) : null;
await using var echo = HostProcess.Start(typeof(EchoServer).Assembly.Location, ["echo-server", echoPort.ToString(CultureInfo.InvariantCulture)], new Dictionary<string, string>());
await echo.WaitForPortAsync(echoPort, TimeSpan.FromSeconds(30));
var silo = cluster.Silo;
var ports = cluster.Ports;
var callerUsers = await cluster.Users.CreateAsync(options.Concurrency.Max(), concurrency: 16);
var baselineUsers = baseline is null ? [] : await baseline.Users.CreateAsync(options.Concurrency.Max(), concurrency: 16);

List<Workload> all =
[
    Workload.PerCaller("gateway", async i => await GatewayCaller.ConnectAsync(ports.ClientTcp, callerUsers[i]).ConfigureAwait(false)),
    Workload.PerCaller("orleans client", i => Task.FromResult<ICaller>(new OrleansCaller(cluster.Client, callerUsers[i]))),
    Workload.PerCaller("tcp echo", async i => await EchoCaller.ConnectAsync(echoPort).ConfigureAwait(false)),
    new("gateway shared", count => SharedGateway.OpenAsync(ports.ClientTcp, callerUsers, count, CallersPerConnection)),
    Workload.PerCaller("gateway ws", async i => await WebSocketCaller.ConnectAsync(ports.Http, callerUsers[i]).ConfigureAwait(false)),
    Workload.PerCaller("gateway heartbeat", async i => await GatewayCaller.ConnectAsync(ports.ClientTcp, callerUsers[i], heartbeat: true).ConfigureAwait(false)),
];
if (baseline is not null)
{
    all.Add(Workload.PerCaller("gateway baseline", async i => await GatewayCaller.ConnectAsync(baseline.Ports.ClientTcp, baselineUsers[i]).ConfigureAwait(false)));
    all.Add(new("gateway shared baseline", count => SharedGateway.OpenAsync(baseline.Ports.ClientTcp, baselineUsers, count, CallersPerConnection)));
}

var workloads = all.Where(w => options.Workloads is null || options.Workloads.Contains(w.Name)).ToArray();

var throughput = new Dictionary<(string, int), List<double>>();
var cpuPerCall = new Dictionary<(string, int), List<double>>();
var sleepsPerCall = new Dictionary<(string, int), List<double>>();
using var self = System.Diagnostics.Process.GetCurrentProcess();
TimeSpan CpuUsed()
{
    self.Refresh();
    return self.TotalProcessorTime + silo.CpuUsed() + echo.CpuUsed() + (baseline?.Silo.CpuUsed() ?? TimeSpan.Zero);
}

long ThreadSleeps() => HostProcess.ThreadSleeps(Environment.ProcessId) + silo.ThreadSleeps() + echo.ThreadSleeps() + (baseline?.Silo.ThreadSleeps() ?? 0);

var latency = new Dictionary<string, List<(double P50, double P99)>>();
// Not counted: lets every process reach its optimised code (the first round was several times slower without it).
foreach (var workload in workloads)
{
    var opened = await workload.OpenAsync(options.Concurrency.Max());
    await ClosedLoop.RunAsync(opened, TimeSpan.Zero, TimeSpan.FromSeconds(3), CpuUsed, ThreadSleeps);
    await DisposeAllAsync(opened);
}

for (var round = 0; round < options.Rounds; round++)
{
    foreach (var callers in options.Concurrency)
    {
        // Rotate the order each round so no workload always runs first (or last) on a loaded box.
        foreach (var workload in workloads.Skip(round % workloads.Length).Concat(workloads.Take(round % workloads.Length)))
        {
            var opened = await workload.OpenAsync(callers);
            var (perSecond, cpu, sleeps) = await ClosedLoop.RunAsync(opened, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(options.Seconds), CpuUsed, ThreadSleeps);
            await DisposeAllAsync(opened);
            Add(throughput, (workload.Name, callers), perSecond);
            Add(cpuPerCall, (workload.Name, callers), cpu);
            Add(sleepsPerCall, (workload.Name, callers), sleeps);
            Console.WriteLine($"round {round + 1} {workload.Name,-15} callers {callers,3}: {perSecond,10:N0} round trips/s, {cpu,6:F1} µs CPU and {sleeps,4:F2} thread sleeps per round trip, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
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
Report.PerCall("µs CPU", cpuPerCall, options.Concurrency, workloads.Select(w => w.Name).ToArray());
Report.PerCall("thread sleeps", sleepsPerCall, options.Concurrency, workloads.Select(w => w.Name).ToArray());
Report.Latency(latency, options.Rate);

if (options.IdleConnections > 0)
{
    var idleUsers = await cluster.Users.CreateAsync(options.IdleConnections, concurrency: 64);
    var (before, after, open, setup) = await IdleConnections.MeasureAsync(silo, ports.ClientTcp, idleUsers, concurrency: 64);
    Report.Memory(before, after, open, setup);
}


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
