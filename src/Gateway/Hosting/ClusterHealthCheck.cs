using Microsoft.Extensions.Diagnostics.HealthChecks;
using SanguoOrleans.Grains.Interfaces.Cluster;

namespace SanguoOrleans.Gateway.Hosting;

/// <summary>Healthy when a grain call makes the round trip through the cluster.</summary>
internal sealed class ClusterHealthCheck(IGrainFactory grains, TimeProvider clock) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            var reply = await grains.GetGrain<IPingGrain>(0).PingAsync(now).WaitAsync(Timeout, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"answered by {reply.Silo}");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("the cluster did not answer", e);
        }
    }
}
