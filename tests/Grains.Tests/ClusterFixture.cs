using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using SanguoOrleans.Grains.Storage;
using SanguoOrleans.Grains.Wallet;

namespace SanguoOrleans.Grains.Tests;

/// <summary>An in-memory test cluster of one silo (the in-memory wallet store is per process, as in the embedded default), shared by every test in <see cref="ClusterCollection"/>.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private TestCluster? _cluster;

    public TestCluster Cluster => _cluster ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>Short, so tests can watch lazy groups being flushed.</summary>
    public static TimeSpan FlushInterval { get; } = TimeSpan.FromSeconds(1);

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(initialSilosCount: 1);
        builder.Properties["Users:FlushInterval"] = FlushInterval.ToString();
        builder.AddSiloBuilderConfigurator<MemoryStorageSiloConfigurator>();
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

    private sealed class MemoryStorageSiloConfigurator : ISiloConfigurator
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
