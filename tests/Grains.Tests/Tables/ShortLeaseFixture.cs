using Orleans.TestingHost;
using SanguoOrleans.Grains.Storage;
using SanguoOrleans.Grains.Wallet;

namespace SanguoOrleans.Grains.Tests.Tables;

/// <summary>One silo whose tables hold connections to a lease of <see cref="Lease"/>, short enough to watch expire.</summary>
public sealed class ShortLeaseFixture : IAsyncLifetime
{
    // Long against a loaded test machine's pauses (a refresh arriving late drops the connection), short against a test's patience.
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(2);

    private TestCluster? _cluster;

    public IGrainFactory Grains => (_cluster ?? throw new InvalidOperationException("The fixture is not initialised.")).GrainFactory;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(initialSilosCount: 1);
        builder.Properties["Tables:ObserverLease"] = Lease.ToString();
        builder.AddSiloBuilderConfigurator<Configurator>();
        builder.AddClientBuilderConfigurator<EngineRecordsClientConfigurator>();
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }
    }

    private sealed class Configurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddMemoryGrainStorage(StorageNames.Default);
            siloBuilder.UseReadableJsonGrainStorage();
            siloBuilder.Services.AddSanguoGrains(siloBuilder.Configuration);
            siloBuilder.Services.AddInMemoryWalletStore();
        }
    }
}
