using System.Diagnostics;
using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace SanguoOrleans.Gateway.Handlers;

/// <summary>Calls into the cluster with retries, because calls fail fast while a dead silo is being evicted.</summary>
internal static class ClusterCall
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(100);

    /// <summary>Runs an idempotent call, retrying transient cluster failures until <paramref name="timeout"/>.</summary>
    public static async Task<T> RetryAsync<T>(Func<Task<T>> call, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        // One timer per attempt inside WaitAsync, not a linked token source and a timer per request: this runs on
        // every read a client makes.
        var started = Stopwatch.GetTimestamp();
        var backoff = FirstBackoff;
        while (true)
        {
            var remaining = timeout == Timeout.InfiniteTimeSpan ? timeout : TimeSpan.FromTicks(Math.Max(0, (timeout - Stopwatch.GetElapsedTime(started)).Ticks));
            try
            {
                return await call().WaitAsync(remaining, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (IsTransient(e) && (timeout == Timeout.InfiniteTimeSpan || timeout - Stopwatch.GetElapsedTime(started) > backoff))
            {
                await Task.Delay(backoff, cancellationToken).ConfigureAwait(false);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromSeconds(1).Ticks));
            }
        }
    }

    /// <summary>Whether a failure comes from the cluster's state rather than from the request.</summary>
    public static bool IsTransient(Exception e) =>
        e is TimeoutException or OrleansMessageRejectionException or ConnectionFailedException or GatewayTooBusyException
        || (e is OrleansException { InnerException: { } inner } && IsTransient(inner));
}
