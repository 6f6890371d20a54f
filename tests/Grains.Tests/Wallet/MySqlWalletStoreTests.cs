using MySqlConnector;
using SanguoOrleans.Grains.Interfaces.Wallet;
using SanguoOrleans.Grains.Wallet;

namespace SanguoOrleans.Grains.Tests.Wallet;

/// <summary>The wallet contract against MariaDB, and what only a database can show.</summary>
public sealed class MySqlWalletStoreTests : WalletStoreContract, IClassFixture<MySqlWalletFixture>
{
    private readonly MySqlWalletFixture _fixture;
    private readonly RecordingLogger<MySqlWalletStore> _logger = new();

    public MySqlWalletStoreTests(MySqlWalletFixture fixture)
    {
        _fixture = fixture;
        Store = new MySqlWalletStore(fixture.DataSource, _logger);
    }

    protected override IWalletStore Store { get; }

    [Fact]
    public async Task Opposite_transfers_lock_in_one_order_and_never_deadlock()
    {
        await RunOppositeTransfersAsync(Guid.NewGuid(), Guid.NewGuid(), perDirection: 200);

        // A deadlock would have been retried, and logged.
        Assert.Empty(_logger.Warnings);
    }

    [Fact]
    public async Task First_operations_of_many_new_users_at_once_never_deadlock()
    {
        // New balance rows fall into shared InnoDB index gaps: created inside the operation, they can deadlock.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(async () =>
        {
            var (user, other) = (Guid.NewGuid(), Guid.NewGuid());
            await Store.ApplyAsync(user, Op("grant", 10), Now);
            return await Store.TransferAsync(user, other, Op("gift", 4), Now);
        })));

        Assert.All(outcomes, outcome => Assert.True(outcome.Ok));
        Assert.Empty(_logger.Warnings);
    }

    [Fact]
    public async Task Reconciliation_finds_a_balance_changed_behind_the_ledgers_back()
    {
        var user = Guid.NewGuid();
        await Store.ApplyAsync(user, Op("grant", 100), Now);
        Assert.DoesNotContain((await Store.ReconcileAsync()).Discrepancies, d => d.UserId == user);

        await SetBalanceAsync(user, 150);
        try
        {
            var report = await Store.ReconcileAsync();

            Assert.False(report.Consistent);
            Assert.Contains(new BalanceDiscrepancy(user, Currency.Tongqian, 150, 100), report.Discrepancies);
        }
        finally
        {
            // The database is shared with later runs, whose reconciliations must not see this user.
            await SetBalanceAsync(user, 100);
        }
    }

    [Fact]
    public async Task An_unreachable_database_throws_and_applies_nothing()
    {
        await using var nowhere = new MySqlDataSource("Server=127.0.0.1;Port=1;Database=none;User ID=none;Password=none;Connection Timeout=2");
        var store = new MySqlWalletStore(nowhere, _logger);

        await Assert.ThrowsAsync<MySqlException>(() => store.ApplyAsync(Guid.NewGuid(), Op("grant", 1), Now));
    }

    private Task SetBalanceAsync(Guid user, long balance) =>
        _fixture.ExecuteAsync(
            "UPDATE WalletBalance SET Balance = @balance WHERE UserId = @user AND Currency = @currency",
            ("@balance", balance),
            ("@user", user),
            ("@currency", (byte)Currency.Tongqian));
}
