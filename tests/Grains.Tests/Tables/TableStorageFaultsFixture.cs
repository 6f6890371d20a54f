using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;
using SanguoOrleans.Grains.Storage;
using SanguoOrleans.Grains.Tests.Persistence;
using SanguoOrleans.Grains.Wallet;

namespace SanguoOrleans.Grains.Tests.Tables;

/// <summary>
/// One silo whose default storage fails writes on demand (<see cref="StorageFaults"/>) and stores in the format of our
/// silos (System.Text.Json): Orleans' default Newtonsoft format cannot read a table back (the engine's settings carry
/// computed lists), and a failed write makes the table read its state back.
/// </summary>
public sealed class TableStorageFaultsFixture : IAsyncLifetime
{
    private TestCluster? _cluster;

    public TestCluster Cluster => _cluster ?? throw new InvalidOperationException("The fixture is not initialised.");

    public StorageFaults Faults =>
        ((InProcessSiloHandle)Cluster.Primary!).SiloHost.Services.GetRequiredService<StorageFaults>();

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(initialSilosCount: 1);
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
            siloBuilder.AddMemoryGrainStorage("underlying");
            siloBuilder.UseReadableJsonGrainStorage();
            siloBuilder.Services.AddSingleton<StorageFaults>();
            siloBuilder.Services.AddGrainStorage(StorageNames.Default, (services, _) => new FaultInjectingGrainStorage(
                services.GetRequiredKeyedService<IGrainStorage>("underlying"),
                services.GetRequiredService<StorageFaults>()));
            siloBuilder.Services.AddSanguoGrains(siloBuilder.Configuration);
            siloBuilder.Services.AddInMemoryWalletStore();
        }
    }
}
