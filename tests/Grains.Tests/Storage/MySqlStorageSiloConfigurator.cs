using Orleans.Serialization;
using Orleans.TestingHost;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Storage;

namespace SanguoOrleans.Grains.Tests.Storage;

/// <summary>Gives test silos the production grain storage: ADO.NET on MariaDB with JSON payloads.</summary>
public sealed class MySqlStorageSiloConfigurator : ISiloConfigurator
{
    /// <summary>TestCluster property carrying the connection string (configurators are created by type, so it travels as configuration).</summary>
    public const string ConnectionStringKey = "SanguoMySql";

    /// <inheritdoc />
    public void Configure(ISiloBuilder siloBuilder)
    {
        var connectionString = siloBuilder.Configuration[ConnectionStringKey]
            ?? throw new InvalidOperationException($"TestCluster property {ConnectionStringKey} is not set.");

        siloBuilder.AddMySqlGrainStorage(StorageNames.Default, connectionString);

        // Every silo of ours hosts the table grains, whose interfaces carry the engine's records.
        siloBuilder.Services.AddSerializer(serializer => serializer.AddEngineRecords());
    }
}
