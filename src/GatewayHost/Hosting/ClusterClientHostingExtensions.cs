using Orleans.Configuration;
using Orleans.Serialization;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Gateway.Hosting;

namespace SanguoOrleans.GatewayHost.Hosting;

/// <summary>Joins the cluster as an Orleans client.</summary>
public static class ClusterClientHostingExtensions
{
    private static readonly TimeSpan ConnectRetryDelay = TimeSpan.FromSeconds(1);

    /// <summary>Adds the Orleans client with the clustering provider the configuration names.</summary>
    public static WebApplicationBuilder AddClusterClient(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(ClusterClientOptions.SectionName).Get<ClusterClientOptions>() ?? new ClusterClientOptions();
        var configuration = builder.Configuration;
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = options.ClusterId;
                cluster.ServiceId = options.ServiceId;
            });
            // Table calls carry the rules engine's records; silos register the same codec.
            client.Services.AddSerializer(serializer => serializer.AddEngineRecords());
            switch (options.Membership)
            {
                case MembershipProvider.Localhost:
                    client.UseLocalhostClustering(options.GatewayPort, options.ServiceId, options.ClusterId);
                    break;
                case MembershipProvider.Redis:
                    client.UseRedisClustering(configuration.GetConnectionString("Redis")
                        ?? throw new InvalidOperationException("ConnectionStrings:Redis must be set for Redis clustering."));
                    break;
            }

            if (options.FastFailureDetection)
            {
                client.Configure<GatewayOptions>(gateway => gateway.GatewayListRefreshPeriod = TimeSpan.FromSeconds(1));
            }

            // The gateway may start before any silo: keep trying until the host stops.
            client.UseConnectionRetryFilter(async (_, cancellationToken) =>
            {
                await Task.Delay(ConnectRetryDelay, cancellationToken).ConfigureAwait(false);
                return true;
            });
        });

        // The client's start waits for a silo; the gateway's ports must open (and answer "unavailable") meanwhile.
        builder.Services.Configure<HostOptions>(host => host.ServicesStartConcurrently = true);
        return builder;
    }
}
