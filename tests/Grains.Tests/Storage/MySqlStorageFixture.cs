using MySqlConnector;
using Orleans.TestingHost;
using SanguoOrleans.Grains.Storage;
using SanguoOrleans.Testing;

namespace SanguoOrleans.Grains.Tests.Storage;

/// <summary>One silo with MariaDB grain storage, shared by the storage tests.</summary>
public sealed class MySqlStorageFixture : IAsyncLifetime
{
    private TestCluster? _cluster;

    /// <summary>Connection string of the local MariaDB test database.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The running test cluster.</summary>
    public TestCluster Cluster => _cluster ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>The ServiceId the silo stores rows under; unique per run, so parallel runs never share rows.</summary>
    public string ServiceId => Cluster.Options.ServiceId;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        // Starting is idempotent and cheap; SANGUO_MYSQL, when set, points the run at another server.
        var local = await LocalServices.MySqlAsync();
        ConnectionString = Environment.GetEnvironmentVariable("SANGUO_MYSQL") is { Length: > 0 } configured ? configured : local;

        // Twice on purpose: every silo start re-applies the schema, so it must be idempotent.
        await MySqlSchema.ApplyAsync(ConnectionString);
        await MySqlSchema.ApplyAsync(ConnectionString);

        var builder = new TestClusterBuilder(initialSilosCount: 1);
        builder.Properties[MySqlStorageSiloConfigurator.ConnectionStringKey] = ConnectionString;
        builder.AddSiloBuilderConfigurator<MySqlStorageSiloConfigurator>();
        builder.AddClientBuilderConfigurator<Tables.EngineRecordsClientConfigurator>();
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_cluster is null)
        {
            return;
        }

        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();

        // The database outlives the run; without this every run would leave its
        // megabytes of test states behind.
        await using var connection = await OpenConnectionAsync();
        await using var delete = new MySqlCommand("DELETE FROM OrleansStorage WHERE ServiceId = @serviceId", connection);
        delete.Parameters.AddWithValue("@serviceId", ServiceId);
        await delete.ExecuteNonQueryAsync();
    }

    /// <summary>Opens a connection to the test database for inspecting rows directly.</summary>
    public async Task<MySqlConnection> OpenConnectionAsync()
    {
        var connection = new MySqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}

/// <summary>Tests sharing one <see cref="MySqlStorageFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class MySqlStorageCollectionDefinition : ICollectionFixture<MySqlStorageFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "MySqlStorage";
}
