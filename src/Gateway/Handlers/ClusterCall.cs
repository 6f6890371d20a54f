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
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var backoff = FirstBackoff;
        while (true)
        {
            try
            {
                return await call().WaitAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (IsTransient(e) && !deadline.IsCancellationRequested)
            {
                await Task.Delay(backoff, deadline.Token).ConfigureAwait(false);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromSeconds(1).Ticks));
            }
        }
    }

    /// <summary>Whether a failure comes from the cluster's state rather than from the request.</summary>
    public static bool IsTransient(Exception e) =>
        e is TimeoutException or OrleansMessageRejectionException or ConnectionFailedException or GatewayTooBusyException
        || (e is OrleansException { InnerException: { } inner } && IsTransient(inner));
}
