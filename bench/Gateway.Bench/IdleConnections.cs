using SanguoOrleans.Protocol;

namespace SanguoOrleans.Gateway.Bench;

/// <summary>Opens many logged-in gateway connections that then sit idle, and reads the host's memory.</summary>
internal static class IdleConnections
{
    public static async Task<(long BeforeBytes, long AfterBytes, int Open, TimeSpan Setup)> MeasureAsync(
        HostProcess host, int port, IReadOnlyList<BenchUser> users, int concurrency)
    {
        var before = host.ResidentBytes();
        var callers = new GatewayCaller[users.Count];
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(Enumerable.Range(0, users.Count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
            callers[i] = await GatewayCaller.ConnectAsync(port, users[i]).ConfigureAwait(false));
        var setup = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        try
        {
            // Let the host settle (tiered JIT, GC) before reading; keep the largest of a few readings.
            long after = 0;
            for (var i = 0; i < 4; i++)
            {
                await Task.Delay(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
                after = Math.Max(after, host.ResidentBytes());
            }

            // Every connection must still be live and logged in, else the figure means nothing.
            var live = 0;
            foreach (var caller in callers)
            {
                await caller.CallAsync().ConfigureAwait(false);
                live++;
            }

            return (before, after, live, setup);
        }
        finally
        {
            foreach (var caller in callers)
            {
                await caller.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
