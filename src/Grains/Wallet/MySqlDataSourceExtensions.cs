using MySqlConnector;

namespace SanguoOrleans.Grains.Wallet;

/// <summary>One command on a pooled connection, with the connection, command and reader disposed in one place.</summary>
internal static class MySqlDataSourceExtensions
{
    public static async Task<T> QueryAsync<T>(
        this MySqlDataSource dataSource,
        string sql,
        Action<MySqlParameterCollection> bind,
        Func<MySqlDataReader, CancellationToken, Task<T>> read,
        CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
#pragma warning disable CA2100 // Callers pass constant SQL; values travel as parameters.
            var command = new MySqlCommand(sql, connection);
#pragma warning restore CA2100
            await using (command.ConfigureAwait(false))
            {
                bind(command.Parameters);
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    return await read(reader, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }
}
