using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Wallet;
using SanguoOrleans.Grains.Wallet;

namespace SanguoOrleans.Grains.Tests.Wallet;

/// <summary>
/// The behaviour every <see cref="IWalletStore"/> must show, written once and run against each store by a subclass.
/// Every test uses fresh user ids, so stores backed by a shared database never mix rows between tests.
/// </summary>
public abstract class WalletStoreContract
{
    protected const long OppositeTransfersStartingBalance = 1_000;

    // Not UTC and finer than a microsecond, so tests see the store normalise times the way the ledger keeps them.
    protected static readonly DateTimeOffset Now = new DateTimeOffset(2025, 3, 1, 20, 0, 0, TimeSpan.FromHours(8)).AddTicks(1_234_567);

    /// <summary><see cref="Now"/> as receipts carry it: UTC, cut to microseconds.</summary>
    protected static readonly DateTimeOffset NowInLedger = new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero).AddTicks(1_234_560);

    protected abstract IWalletStore Store { get; }

    protected static WalletOperation Op(string id, long amount, string reason = "test", Currency currency = Currency.Tongqian, long? expected = null) =>
        new(id, currency, amount, reason, expected);

    [Fact]
    public async Task A_credit_and_a_debit_change_the_balance_and_return_their_receipts()
    {
        var user = Guid.NewGuid();

        var credit = await Store.ApplyAsync(user, Op("grant", 100, "daily reward"), Now);
        var debit = await Store.ApplyAsync(user, Op("buy", -30, "shop"), Now);

        Assert.Equal(new WalletReceipt(user, "grant", Currency.Tongqian, 100, 100, "daily reward", NowInLedger), credit.Value);
        Assert.Equal(TimeSpan.Zero, credit.Value!.AppliedAt.Offset);
        Assert.Equal(70, debit.Value!.BalanceAfter);
        Assert.Equal(-30, debit.Value.Amount);
        Assert.Equal(new WalletBalance(70, 0), await Store.GetBalanceAsync(user));
    }

    [Fact]
    public async Task Currencies_are_separate_balances()
    {
        var user = Guid.NewGuid();

        await Store.ApplyAsync(user, Op("coins", 5), Now);
        await Store.ApplyAsync(user, Op("ingots", 7, currency: Currency.Yuanbao), Now);
        var overdraw = await Store.ApplyAsync(user, Op("spend-ingots", -6, currency: Currency.Yuanbao, expected: 7), Now);

        Assert.True(overdraw.Ok);
        Assert.Equal(new WalletBalance(5, 1), await Store.GetBalanceAsync(user));
    }

    [Fact]
    public async Task A_debit_beyond_the_balance_is_refused_and_changes_nothing()
    {
        var user = Guid.NewGuid();
        await Store.ApplyAsync(user, Op("grant", 50), Now);

        var refused = await Store.ApplyAsync(user, Op("buy", -51), Now);
        var fromNothing = await Store.ApplyAsync(Guid.NewGuid(), Op("buy", -1), Now);

        Assert.Equal(RefusalCode.InsufficientFunds, refused.Refusal?.Code);
        Assert.Equal(RefusalCode.InsufficientFunds, fromNothing.Refusal?.Code);
        Assert.Equal(50, (await Store.GetBalanceAsync(user)).Tongqian);
        Assert.Single(await Store.GetLedgerAsync(user, 10));
    }

    [Fact]
    public async Task The_whole_balance_can_be_spent()
    {
        var user = Guid.NewGuid();
        await Store.ApplyAsync(user, Op("grant", 50), Now);

        var spent = await Store.ApplyAsync(user, Op("buy", -50), Now);

        Assert.Equal(0, spent.Value!.BalanceAfter);
    }

    [Fact]
    public async Task An_expected_balance_is_compared_before_the_change()
    {
        var user = Guid.NewGuid();
        await Store.ApplyAsync(user, Op("grant", 100), Now);

        var stale = await Store.ApplyAsync(user, Op("buy-1", -10, expected: 90), Now);
        var current = await Store.ApplyAsync(user, Op("buy-2", -10, expected: 100), Now);

        Assert.Equal(RefusalCode.BalanceMismatch, stale.Refusal?.Code);
        Assert.True(current.Ok);
        Assert.Equal(90, (await Store.GetBalanceAsync(user)).Tongqian);
    }

    [Fact]
    public async Task A_mismatch_is_reported_before_insufficient_funds()
    {
        var user = Guid.NewGuid();

        var refused = await Store.ApplyAsync(user, Op("buy", -10, expected: 5), Now);

        Assert.Equal(RefusalCode.BalanceMismatch, refused.Refusal?.Code);
    }

    [Fact]
    public async Task A_retried_operation_returns_the_first_receipt_and_applies_once()
    {
        var user = Guid.NewGuid();
        var first = await Store.ApplyAsync(user, Op("grant", 100, expected: 0), Now);

        // Later, with the balance no longer what the first attempt expected: still a retry, not a mismatch.
        var retry = await Store.ApplyAsync(user, Op("grant", 100, expected: 0), Now.AddMinutes(5));

        Assert.True(first.Ok);
        Assert.Equal(first.Value, retry.Value);
        Assert.Equal(100, (await Store.GetBalanceAsync(user)).Tongqian);
        Assert.Single(await Store.GetLedgerAsync(user, 10));
    }

    [Theory]
    [InlineData(99, "test", Currency.Tongqian)]
    [InlineData(100, "other reason", Currency.Tongqian)]
    [InlineData(100, "test", Currency.Yuanbao)]
    public async Task Reusing_an_id_for_a_different_operation_is_refused(long amount, string reason, Currency currency)
    {
        var user = Guid.NewGuid();
        await Store.ApplyAsync(user, Op("grant", 100), Now);

        var reused = await Store.ApplyAsync(user, Op("grant", amount, reason, currency), Now);

        Assert.Equal(RefusalCode.OperationConflict, reused.Refusal?.Code);
        Assert.Equal(new WalletBalance(100, 0), await Store.GetBalanceAsync(user));
    }

    [Fact]
    public async Task Operation_ids_are_exact_and_per_user()
    {
        var user = Guid.NewGuid();
        var other = Guid.NewGuid();

        // Case and trailing spaces make different ids; another user's id is not this user's.
        foreach (var id in new[] { "op", "OP", "op " })
        {
            Assert.True((await Store.ApplyAsync(user, Op(id, 1), Now)).Ok);
        }

        Assert.True((await Store.ApplyAsync(other, Op("op", 1), Now)).Ok);
        Assert.Equal(3, (await Store.GetBalanceAsync(user)).Tongqian);
    }

    [Fact]
    public async Task Fifty_concurrent_debits_of_ten_from_two_hundred_succeed_exactly_twenty_times()
    {
        var user = Guid.NewGuid();
        await Store.ApplyAsync(user, Op("grant", 200), Now);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => Store.ApplyAsync(user, Op($"buy-{i}", -10), Now))));

        Assert.Equal(20, outcomes.Count(outcome => outcome.Ok));
        Assert.All(outcomes.Where(outcome => !outcome.Ok), outcome => Assert.Equal(RefusalCode.InsufficientFunds, outcome.Refusal!.Code));
        Assert.Equal(0, (await Store.GetBalanceAsync(user)).Tongqian);
        Assert.Equal(21, (await Store.GetLedgerAsync(user, 100)).Count);
    }

    [Fact]
    public async Task A_transfer_moves_money_between_both_ledgers_and_conserves_the_total()
    {
        var (sender, recipient) = (Guid.NewGuid(), Guid.NewGuid());
        await Store.ApplyAsync(sender, Op("grant", 100), Now);

        var sent = await Store.TransferAsync(sender, recipient, Op("stake", 40, "game stake", expected: 100), Now);

        Assert.Equal(new WalletReceipt(sender, "stake", Currency.Tongqian, -40, 60, "game stake", NowInLedger), sent.Value);
        Assert.Equal(60, (await Store.GetBalanceAsync(sender)).Tongqian);
        Assert.Equal(40, (await Store.GetBalanceAsync(recipient)).Tongqian);
        var received = Assert.Single(await Store.GetLedgerAsync(recipient, 10));
        Assert.Equal(new WalletReceipt(recipient, "stake", Currency.Tongqian, 40, 40, "game stake", NowInLedger), received);
    }

    [Fact]
    public async Task A_retried_transfer_returns_the_first_receipt_and_moves_money_once()
    {
        var (sender, recipient) = (Guid.NewGuid(), Guid.NewGuid());
        await Store.ApplyAsync(sender, Op("grant", 100), Now);

        var first = await Store.TransferAsync(sender, recipient, Op("gift", 30), Now);
        var retry = await Store.TransferAsync(sender, recipient, Op("gift", 30), Now.AddSeconds(3));

        Assert.Equal(first.Value, retry.Value);
        Assert.Equal(70, (await Store.GetBalanceAsync(sender)).Tongqian);
        Assert.Equal(30, (await Store.GetBalanceAsync(recipient)).Tongqian);
        Assert.Single(await Store.GetLedgerAsync(recipient, 10));
    }

    [Fact]
    public async Task A_transfer_beyond_the_senders_balance_or_expectation_is_refused()
    {
        var (sender, recipient) = (Guid.NewGuid(), Guid.NewGuid());
        await Store.ApplyAsync(sender, Op("grant", 100), Now);

        var tooMuch = await Store.TransferAsync(sender, recipient, Op("gift-1", 101), Now);
        var stale = await Store.TransferAsync(sender, recipient, Op("gift-2", 1, expected: 99), Now);

        Assert.Equal(RefusalCode.InsufficientFunds, tooMuch.Refusal?.Code);
        Assert.Equal(RefusalCode.BalanceMismatch, stale.Refusal?.Code);
        Assert.Equal(new WalletBalance(100, 0), await Store.GetBalanceAsync(sender));
        Assert.Equal(new WalletBalance(0, 0), await Store.GetBalanceAsync(recipient));
    }

    [Fact]
    public async Task A_transfer_reusing_an_id_of_either_user_is_refused_and_moves_nothing()
    {
        var (sender, recipient) = (Guid.NewGuid(), Guid.NewGuid());
        await Store.ApplyAsync(sender, Op("grant", 100), Now);
        await Store.ApplyAsync(sender, Op("spent", -10, "gift"), Now);
        await Store.ApplyAsync(recipient, Op("theirs", 5), Now);

        // The sender's "spent" took the same amount with the same reason, but it was no transfer to this recipient.
        var senderReuse = await Store.TransferAsync(sender, recipient, Op("spent", 10, "gift"), Now);
        var recipientReuse = await Store.TransferAsync(sender, recipient, Op("theirs", 10, "gift"), Now);
        // More than this sender has: the reused id is reported first, whichever user holds it.
        var backwards = await Store.TransferAsync(recipient, sender, Op("spent", 50, "gift"), Now);

        Assert.All([senderReuse, recipientReuse, backwards], outcome => Assert.Equal(RefusalCode.OperationConflict, outcome.Refusal?.Code));
        Assert.Equal(90, (await Store.GetBalanceAsync(sender)).Tongqian);
        Assert.Equal(5, (await Store.GetBalanceAsync(recipient)).Tongqian);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_transfer_is_all_or_nothing_whichever_half_is_written_first(bool senderFirst)
    {
        // MariaDB writes the lower user id's half first; the other half then fails on the recipient's reused id.
        var (low, high) = Ordered(Guid.NewGuid(), Guid.NewGuid());
        var (sender, recipient) = senderFirst ? (low, high) : (high, low);
        await Store.ApplyAsync(sender, Op("grant", 100), Now);
        await Store.ApplyAsync(recipient, Op("gift", 1), Now);

        var refused = await Store.TransferAsync(sender, recipient, Op("gift", 10), Now);

        Assert.Equal(RefusalCode.OperationConflict, refused.Refusal?.Code);
        Assert.Equal(100, (await Store.GetBalanceAsync(sender)).Tongqian);
        Assert.Single(await Store.GetLedgerAsync(sender, 10));
    }

    [Fact]
    public async Task A_transfer_to_oneself_or_of_no_positive_amount_is_invalid()
    {
        var user = Guid.NewGuid();
        await Store.ApplyAsync(user, Op("grant", 100), Now);

        var toSelf = await Store.TransferAsync(user, user, Op("self", 10), Now);
        var negative = await Store.TransferAsync(user, Guid.NewGuid(), Op("pull", -10), Now);

        Assert.Equal(RefusalCode.InvalidArgument, toSelf.Refusal?.Code);
        Assert.Equal(RefusalCode.InvalidArgument, negative.Refusal?.Code);
        Assert.Equal(100, (await Store.GetBalanceAsync(user)).Tongqian);
    }

    [Fact]
    public async Task Concurrent_opposite_transfers_complete_and_conserve_the_total()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());

        var outcomes = await RunOppositeTransfersAsync(a, b, perDirection: 100);

        Assert.All(outcomes, outcome => Assert.True(outcome.Ok || outcome.Refusal!.Code == RefusalCode.InsufficientFunds));
        var total = (await Store.GetBalanceAsync(a)).Tongqian + (await Store.GetBalanceAsync(b)).Tongqian;
        Assert.Equal(2 * OppositeTransfersStartingBalance, total);
        var report = await Store.ReconcileAsync();
        Assert.DoesNotContain(report.Discrepancies, d => d.UserId == a || d.UserId == b);
    }

    [Fact]
    public async Task Concurrent_first_operations_on_a_new_balance_all_apply()
    {
        var user = Guid.NewGuid();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => Store.ApplyAsync(user, Op($"grant-{i}", 5), Now))));

        Assert.All(outcomes, outcome => Assert.True(outcome.Ok));
        Assert.Equal(100, (await Store.GetBalanceAsync(user)).Tongqian);
    }

    [Fact]
    public async Task The_ledger_lists_a_users_newest_entries_first()
    {
        var user = Guid.NewGuid();
        for (var i = 1; i <= 5; i++)
        {
            await Store.ApplyAsync(user, Op($"grant-{i}", i), Now.AddSeconds(i));
        }

        var newest = await Store.GetLedgerAsync(user, 3);

        Assert.Equal(["grant-5", "grant-4", "grant-3"], newest.Select(receipt => receipt.OperationId));
        Assert.Equal([15, 10, 6], newest.Select(receipt => receipt.BalanceAfter));
        Assert.Empty(await Store.GetLedgerAsync(user, 0));
    }

    [Fact]
    public async Task An_unknown_user_has_zero_balances_and_no_ledger()
    {
        var user = Guid.NewGuid();

        Assert.Equal(new WalletBalance(0, 0), await Store.GetBalanceAsync(user));
        Assert.Empty(await Store.GetLedgerAsync(user, 10));
    }

    [Fact]
    public async Task Reconciliation_finds_balances_written_by_the_store_consistent()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        await Store.ApplyAsync(a, Op("grant", 100), Now);
        await Store.ApplyAsync(a, Op("ingots", 3, currency: Currency.Yuanbao), Now);
        await Store.TransferAsync(a, b, Op("gift", 60), Now);
        await Store.ApplyAsync(b, Op("buy", -20), Now);

        var report = await Store.ReconcileAsync();

        Assert.DoesNotContain(report.Discrepancies, d => d.UserId == a || d.UserId == b);
        Assert.True(report.BalancesChecked >= 3);
        Assert.True(report.LedgerEntries >= 5);
    }

    private static (Guid Low, Guid High) Ordered(Guid a, Guid b) => a.CompareTo(b) < 0 ? (a, b) : (b, a);

    /// <summary>Funds two users, then runs transfers both ways between them at once.</summary>
    protected async Task<Outcome<WalletReceipt>[]> RunOppositeTransfersAsync(Guid a, Guid b, int perDirection)
    {
        await Store.ApplyAsync(a, Op("grant", OppositeTransfersStartingBalance), Now);
        await Store.ApplyAsync(b, Op("grant", OppositeTransfersStartingBalance), Now);
        var transfers = Enumerable.Range(0, perDirection).SelectMany(i => new[]
        {
            Task.Run(() => Store.TransferAsync(a, b, Op($"a-to-b-{i}", 7 + i % 5), Now)),
            Task.Run(() => Store.TransferAsync(b, a, Op($"b-to-a-{i}", 11 + i % 3), Now)),
        });
        return await Task.WhenAll(transfers);
    }
}
