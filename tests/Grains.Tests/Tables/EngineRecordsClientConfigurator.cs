using Microsoft.Extensions.Configuration;
using Orleans.Serialization;
using Orleans.TestingHost;
using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Grains.Tests.Tables;

/// <summary>Test clients call tables with the engine's records, as the gateway does; silos get the codec from AddSanguoGrains.</summary>
public sealed class EngineRecordsClientConfigurator : IClientBuilderConfigurator
{
    /// <inheritdoc />
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
        clientBuilder.Services.AddSerializer(serializer => serializer.AddEngineRecords());
}
