using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;
using SanguoOrleans.Grains.Storage;
using SanguoOrleans.Grains.Wallet;

namespace SanguoOrleans.Grains.Tests.Persistence;

/// <summary>One silo whose default storage counts writes and fails them on demand.</summary>
public sealed class FaultInjectionFixture : IAsyncLifetime
{
    private TestCluster? _cluster;

    public static TimeSpan FlushInterval { get; } = TimeSpan.FromMilliseconds(500);

    public TestCluster Cluster => _cluster ?? throw new InvalidOperationException("The fixture is not initialised.");

    public StorageFaults Faults =>
        ((InProcessSiloHandle)Cluster.Primary!).SiloHost.Services.GetRequiredService<StorageFaults>();

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(initialSilosCount: 1);
        builder.Properties["Users:FlushInterval"] = FlushInterval.ToString();
        builder.AddSiloBuilderConfigurator<Configurator>();
        builder.AddClientBuilderConfigurator<Tables.EngineRecordsClientConfigurator>();
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
