namespace SanguoOrleans.Grains.Tests;

/// <summary>Calls that fail fast or time out while a killed silo is being evicted from the test cluster.</summary>
internal static class DeadSilo
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>Retries <paramref name="call"/> until the cluster has evicted the dead silo and it succeeds.</summary>
    public static async Task<T> RetryUntilEvictedAsync<T>(Func<Task<T>> call)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                return await call();
            }
            catch (Exception e) when (e is OrleansException or TimeoutException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }
}
