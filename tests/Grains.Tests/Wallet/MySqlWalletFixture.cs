using MySqlConnector;
using SanguoOrleans.Grains.Storage;
using SanguoOrleans.Testing;

namespace SanguoOrleans.Grains.Tests.Wallet;

/// <summary>The local MariaDB with the silo's schema applied, and one connection pool for the wallet tests.</summary>
public sealed class MySqlWalletFixture : IAsyncLifetime, IDisposable
{
    private MySqlDataSource? _dataSource;

    /// <summary>Connection string of the test database.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The pool the tests' stores share.</summary>
    public MySqlDataSource DataSource => _dataSource ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        // SANGUO_MYSQL, when set, points the run at another server, as for the storage tests.
        var local = await LocalServices.MySqlAsync();
        ConnectionString = Environment.GetEnvironmentVariable("SANGUO_MYSQL") is { Length: > 0 } configured ? configured : local;
        await MySqlSchema.ApplyAsync(ConnectionString);
        _dataSource = new MySqlDataSource(ConnectionString);
    }

    /// <inheritdoc />
    public Task DisposeAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public void Dispose() => _dataSource?.Dispose();

    /// <summary>Runs one statement directly against the database, bypassing the store.</summary>
    public async Task ExecuteAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        await using var command = new MySqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }
}
