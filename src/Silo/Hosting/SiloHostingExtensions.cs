using System.Net;
using Orleans.Configuration;
using Orleans.Dashboard;
using SanguoOrleans.Gateway.Hosting;
using SanguoOrleans.Grains;
using SanguoOrleans.Grains.Storage;
using SanguoOrleans.Grains.Wallet;

namespace SanguoOrleans.Silo.Hosting;

/// <summary>Configures the Orleans silo from the "Cluster", "ConnectionStrings" and "Dashboard" settings.</summary>
public static class SiloHostingExtensions
{
    /// <summary>Adds the silo with the clustering and storage providers the configuration names.</summary>
    public static WebApplicationBuilder AddSanguoSilo(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(SiloOptions.SectionName).Get<SiloOptions>() ?? new SiloOptions();
        var configuration = builder.Configuration;
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = options.ClusterId;
                cluster.ServiceId = options.ServiceId;
            });

            switch (options.Membership)
            {
                case MembershipProvider.Localhost:
                    silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
                    break;
                case MembershipProvider.Redis:
                    silo.UseRedisClustering(RequiredConnectionString(configuration, "Redis"));
                    ConfigureEndpoints(silo, options);
                    break;
            }

            silo.Services.AddSanguoGrains(configuration);
            switch (options.Storage)
            {
                case StorageProvider.Memory:
                    silo.AddMemoryGrainStorage(StorageNames.Default);
                    silo.Services.AddInMemoryWalletStore();
                    break;
                case StorageProvider.MySql:
                    var connectionString = RequiredConnectionString(configuration, "MySql");
                    silo.AddMySqlGrainStorage(StorageNames.Default, connectionString);
                    silo.Services.AddMySqlWalletStore(connectionString);
                    break;
            }

            // The same format for memory storage, chosen before any data exists.
            silo.UseReadableJsonGrainStorage();

            if (options.FastFailureDetection)
            {
                silo.Configure<ClusterMembershipOptions>(ConfigureFastFailureDetection);
            }

            if (configuration.GetValue<bool>("Dashboard:Enabled"))
            {
                silo.AddDashboard();
            }
        });

        return builder;
    }

    /// <summary>Creates or upgrades the MySQL schema before the storage provider reads its queries.</summary>
    public static async Task ApplyStorageSchemaAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Configuration.GetSection(SiloOptions.SectionName).Get<SiloOptions>() ?? new SiloOptions();
        if (options.Storage == StorageProvider.MySql)
        {
            await MySqlSchema.ApplyAsync(RequiredConnectionString(app.Configuration, "MySql"), app.Lifetime.ApplicationStopping).ConfigureAwait(false);
        }
    }

    private static void ConfigureEndpoints(ISiloBuilder silo, SiloOptions options)
    {
        if (options.AdvertisedHost is null)
        {
            silo.ConfigureEndpoints(IPAddress.Loopback, options.SiloPort, options.GatewayPort);
        }
        else if (IPAddress.TryParse(options.AdvertisedHost, out var address))
        {
            silo.ConfigureEndpoints(address, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
        }
        else
        {
            silo.ConfigureEndpoints(options.AdvertisedHost, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
        }
    }

    private static void ConfigureFastFailureDetection(ClusterMembershipOptions membership)
    {
        membership.ProbeTimeout = TimeSpan.FromSeconds(1);
        membership.NumMissedProbesLimit = 2;
        membership.NumVotesForDeathDeclaration = 1;
        membership.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
        membership.TableRefreshTimeout = TimeSpan.FromSeconds(5);
        membership.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(10);
    }

    private static string RequiredConnectionString(IConfiguration configuration, string name) =>
        configuration.GetConnectionString(name)
        ?? throw new InvalidOperationException($"ConnectionStrings:{name} must be set for the configured provider.");
}
