using Microsoft.Extensions.Logging.Abstractions;
using MySqlConnector;
using SanguoOrleans.Grains.Interfaces.Wallet;
using SanguoOrleans.Grains.Wallet;

namespace SanguoOrleans.Wallet.Bench;

/// <summary>
/// Durable wallet operations through <see cref="MySqlWalletStore.ApplyAsync"/>. Each caller is its own user, as
/// players spend from their own wallets, and alternates a credit and a debit of 1 so every operation is applied.
/// </summary>
internal sealed class WalletWorkload(MySqlDataSource dataSource)
{
    private readonly MySqlWalletStore _store = new(dataSource, NullLogger<MySqlWalletStore>.Instance);
    private readonly List<Guid> _everyUser = [];
    private Guid[] _users = [];
    private long[] _applied = [];
    private long _refused;

    /// <summary>Operations that were not applied; any would make the figure meaningless.</summary>
    public long Refused => Interlocked.Read(ref _refused);

    /// <summary>Gives every caller a fresh user for the next concurrency.</summary>
    public void PrepareCallers(int callers)
    {
        _users = [.. Enumerable.Range(0, callers).Select(_ => Guid.NewGuid())];
        _applied = new long[callers];
        _everyUser.AddRange(_users);
    }

    /// <summary>The caller's next operation; its sequence runs on across timed slices, so ids never repeat.</summary>
    public async Task ApplyAsync(int caller, long ignored)
    {
        var sequence = _applied[caller]++;
        var amount = sequence % 2 == 0 ? 1 : -1;
        var operation = new WalletOperation($"bench-{sequence}", Currency.Tongqian, amount, "benchmark");
        var outcome = await _store.ApplyAsync(_users[caller], operation, DateTimeOffset.UtcNow).ConfigureAwait(false);
        if (!outcome.Ok)
        {
            Interlocked.Increment(ref _refused);
        }
    }

    /// <summary>Removes the synthetic users' rows, so repeated runs do not grow the development database.</summary>
    public async Task DeleteUsersAsync()
    {
        foreach (var table in new[] { "WalletLedger", "WalletBalance" })
        {
            foreach (var user in _everyUser)
            {
                var connection = await dataSource.OpenConnectionAsync().ConfigureAwait(false);
                await using (connection.ConfigureAwait(false))
                {
#pragma warning disable CA2100 // The table name is one of two constants.
                    var command = new MySqlCommand($"DELETE FROM {table} WHERE UserId = @user", connection);
#pragma warning restore CA2100
                    await using (command.ConfigureAwait(false))
                    {
                        command.Parameters.AddWithValue("@user", user);
                        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
                    }
                }
            }
        }
    }
}
