using System.Diagnostics;

namespace SanguoOrleans.Wallet.Bench;

/// <summary>
/// A fixed number of callers, each issuing its next operation as soon as the previous one completes, for a fixed
/// time: the throughput a silo with that many busy users would get.
/// </summary>
internal static class ClosedLoop
{
    /// <summary>Runs <paramref name="operation"/>(caller, sequence) for <paramref name="duration"/>; records into <paramref name="tally"/> unless warming up.</summary>
    public static async Task RunAsync(int callers, TimeSpan duration, Func<int, long, Task> operation, Tally? tally)
    {
        var latencies = new List<long>[callers];
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            var mine = latencies[caller] = [];
            for (long sequence = 0; clock.Elapsed < duration; sequence++)
            {
                var started = clock.Elapsed.Ticks;
                await operation(caller, sequence).ConfigureAwait(false);
                mine.Add(clock.Elapsed.Ticks - started);
            }
        }));
        await Task.WhenAll(workers).ConfigureAwait(false);
        tally?.Add(clock.Elapsed, latencies.SelectMany(list => list));
    }
}
