using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;
using SanguoOrleans.Grains.Storage;
using SanguoOrleans.Grains.Wallet;

namespace SanguoOrleans.Grains.Tests.Persistence;

/// <summary>One silo whose default storage counts writes and fails them on demand (<see cref="StorageFaults"/>).</summary>
public sealed class FaultInjectionFixture : TestClusterFixture
{
    public static TimeSpan FlushInterval { get; } = TimeSpan.FromMilliseconds(500);

    public StorageFaults Faults =>
        ((InProcessSiloHandle)Cluster.Primary!).SiloHost.Services.GetRequiredService<StorageFaults>();

    protected override void Configure(TestClusterBuilder builder)
    {
        builder.Properties["Users:FlushInterval"] = FlushInterval.ToString();
        builder.AddSiloBuilderConfigurator<Configurator>();
    }

    private sealed class Configurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            // Our silos' JSON format underneath: a failed write makes a table read its state back.
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
