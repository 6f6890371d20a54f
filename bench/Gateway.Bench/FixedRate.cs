using System.Diagnostics;

namespace SanguoOrleans.Gateway.Bench;

/// <summary>
/// Calls at a fixed total rate spread over the callers. A call that falls behind schedule (the previous one overran)
/// counts from when it was due, so a stall shows up in the tail instead of slowing the schedule down; a call sent on
/// time counts from its sending, so the client's ~1 ms timer jitter is not charged to the server.
/// </summary>
internal static class FixedRate
{
    public static async Task<(double P50Ms, double P99Ms, long Calls)> RunAsync(IReadOnlyList<ICaller> callers, int ratePerSecond, TimeSpan duration)
    {
        var interval = TimeSpan.FromSeconds(callers.Count / (double)ratePerSecond);
        var start = Stopwatch.GetTimestamp();
        var perCaller = await Task.WhenAll(callers.Select((caller, index) => Task.Run(async () =>
        {
            var latencies = new List<double>();
            // Stagger the callers evenly across one interval.
            var due = TimeSpan.FromTicks(interval.Ticks * index / callers.Count);
            while (due < duration)
            {
                var wait = due - Stopwatch.GetElapsedTime(start);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait).ConfigureAwait(false);
                }

                var origin = wait > TimeSpan.Zero ? Stopwatch.GetElapsedTime(start) : due;
                await caller.CallAsync().ConfigureAwait(false);
                latencies.Add((Stopwatch.GetElapsedTime(start) - origin).TotalMilliseconds);
                due += interval;
            }

            return latencies;
        }))).ConfigureAwait(false);
        var all = perCaller.SelectMany(l => l).Order().ToArray();
        return (Percentile(all, 0.50), Percentile(all, 0.99), all.Length);
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Length - 1, p * sorted.Length)];
}
