using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using Orleans.Configuration;
using Orleans.TestingHost;
using SanguoOrleans.Grains.Storage;
using SanguoOrleans.Grains.Tests.Storage;
using SanguoOrleans.Grains.Wallet;
using SanguoOrleans.Testing;

namespace SanguoOrleans.Grains.Tests.Users;

/// <summary>Two silos on MariaDB grain storage and the MariaDB wallet, as in production.</summary>
public sealed class UsersOnMySqlFixture : IAsyncLifetime
{
    private TestCluster? _cluster;

    public static TimeSpan FlushInterval { get; } = TimeSpan.FromSeconds(1);

    public string ConnectionString { get; private set; } = "";

    public TestCluster Cluster => _cluster ?? throw new InvalidOperationException("The fixture is not initialised.");

    public string ServiceId => Cluster.Options.ServiceId;

    public async Task InitializeAsync()
    {
        ConnectionString = await LocalServices.MySqlAsync();
        await MySqlSchema.ApplyAsync(ConnectionString);
        var builder = new TestClusterBuilder(initialSilosCount: 2);
        builder.Properties[MySqlStorageSiloConfigurator.ConnectionStringKey] = ConnectionString;
        builder.Properties["Users:FlushInterval"] = FlushInterval.ToString();
        builder.AddSiloBuilderConfigurator<MySqlStorageSiloConfigurator>();
        builder.AddSiloBuilderConfigurator<UsersConfigurator>();
        builder.AddClientBuilderConfigurator<Tables.EngineRecordsClientConfigurator>();
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    /// <summary>The stored JSON of one state group row whose content contains <paramref name="marker"/>, with its write count.</summary>
    public async Task<(string Json, int Version)?> FindRowAsync(string stateName, string marker)
    {
        await using var connection = new MySqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(
            "SELECT PayloadJson, Version FROM OrleansStorage WHERE ServiceId = @service AND GrainTypeString = @state AND PayloadJson LIKE @marker",
            connection);
        command.Parameters.AddWithValue("@service", ServiceId);
        command.Parameters.AddWithValue("@state", stateName);
        command.Parameters.AddWithValue("@marker", "%" + marker + "%");
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetString(0), reader.GetInt32(1)) : null;
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }
    }

    private sealed class UsersConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            // Kill tests wait for the dead silo's eviction; declare it dead within seconds, as the hosts' FastFailureDetection does.
            siloBuilder.Configure<ClusterMembershipOptions>(membership =>
            {
                membership.ProbeTimeout = TimeSpan.FromSeconds(1);
                membership.NumMissedProbesLimit = 2;
                membership.NumVotesForDeathDeclaration = 1;
            });
            siloBuilder.Services.AddSanguoGrains(siloBuilder.Configuration);
            siloBuilder.Services.AddMySqlWalletStore(siloBuilder.Configuration[MySqlStorageSiloConfigurator.ConnectionStringKey]!);
        }
    }
}
