using MySqlConnector;

namespace SanguoOrleans.Wallet.Bench;

/// <summary>The baseline: one single-row INSERT per autocommit transaction into a scratch table.</summary>
internal sealed class RawCommitWorkload(MySqlDataSource dataSource)
{
    private const string Table = "WalletBenchRawCommit";

    public Task CreateAsync() => ExecuteAsync($"""
        CREATE TABLE IF NOT EXISTS {Table}
        (
            Id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
            Caller INT NOT NULL,
            Payload VARCHAR(64) NOT NULL,
            CreatedAt DATETIME(6) NOT NULL
        ) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4
        """);

    public Task DropAsync() => ExecuteAsync($"DROP TABLE IF EXISTS {Table}");

    /// <summary>One durable commit: open a pooled connection, insert, close (as the wallet store does).</summary>
    public async Task InsertAsync(int caller, long sequence)
    {
        var connection = await dataSource.OpenConnectionAsync().ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = new MySqlCommand($"INSERT INTO {Table} (Caller, Payload, CreatedAt) VALUES (@caller, @payload, @createdAt)", connection);
            await using (command.ConfigureAwait(false))
            {
                command.Parameters.AddWithValue("@caller", caller);
                command.Parameters.AddWithValue("@payload", $"bench-{caller}-{sequence}");
                command.Parameters.AddWithValue("@createdAt", DateTime.UtcNow);
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        var connection = await dataSource.OpenConnectionAsync().ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
#pragma warning disable CA2100 // Constant text built from a constant table name.
            var command = new MySqlCommand(sql, connection);
#pragma warning restore CA2100
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
        }
    }
}
