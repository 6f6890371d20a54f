using System.Diagnostics;

namespace SanguoOrleans.Gateway.Bench;

/// <summary>Every caller calls back-to-back for a while; the figure is completed round trips per second.</summary>
internal static class ClosedLoop
{
    public static async Task<double> RunAsync(IReadOnlyList<ICaller> callers, TimeSpan warmUp, TimeSpan duration)
    {
        long counted = 0;
        var counting = false;
        using var stop = new CancellationTokenSource(warmUp + duration);
        var loops = callers.Select(caller => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await caller.CallAsync().ConfigureAwait(false);
                if (Volatile.Read(ref counting))
                {
                    Interlocked.Increment(ref counted);
                }
            }
        })).ToList();
        await Task.Delay(warmUp).ConfigureAwait(false);
        var started = Stopwatch.GetTimestamp();
        Volatile.Write(ref counting, true);
        await Task.Delay(duration).ConfigureAwait(false);
        Volatile.Write(ref counting, false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var done = Interlocked.Read(ref counted);
        await Task.WhenAll(loops).ConfigureAwait(false);
        return done / elapsed.TotalSeconds;
    }
}
