using System.Diagnostics;

namespace SanguoOrleans.Gateway.Bench;

/// <summary>
/// Every caller calls back-to-back for a while; the figures are completed round trips per second and the CPU time all
/// the processes involved spent per round trip and how often their threads went to sleep per round trip (both less
/// sensitive than the rate to other load on a shared machine).
/// </summary>
internal static class ClosedLoop
{
    public static async Task<(double PerSecond, double CpuMicrosecondsPerCall, double SleepsPerCall)> RunAsync(
        IReadOnlyList<ICaller> callers, TimeSpan warmUp, TimeSpan duration, Func<TimeSpan> cpuUsed, Func<long> threadSleeps)
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
        var cpuBefore = cpuUsed();
        var sleepsBefore = threadSleeps();
        var started = Stopwatch.GetTimestamp();
        Volatile.Write(ref counting, true);
        await Task.Delay(duration).ConfigureAwait(false);
        Volatile.Write(ref counting, false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var cpu = cpuUsed() - cpuBefore;
        var sleeps = threadSleeps() - sleepsBefore;
        var done = Interlocked.Read(ref counted);
        await Task.WhenAll(loops).ConfigureAwait(false);
        return (done / elapsed.TotalSeconds, cpu.TotalMicroseconds / Math.Max(1, done), sleeps / (double)Math.Max(1, done));
    }
}
