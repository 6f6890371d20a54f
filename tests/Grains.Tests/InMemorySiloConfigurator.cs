using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using SanguoOrleans.Grains.Storage;
using SanguoOrleans.Grains.Wallet;

namespace SanguoOrleans.Grains.Tests;

/// <summary>A silo as in the embedded default: memory storage in our JSON format, the grains' services, the in-memory wallet.</summary>
public sealed class InMemorySiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.AddMemoryGrainStorage(StorageNames.Default);
        siloBuilder.UseReadableJsonGrainStorage();
        siloBuilder.Services.AddSanguoGrains(siloBuilder.Configuration);
        siloBuilder.Services.AddInMemoryWalletStore();
    }
}
