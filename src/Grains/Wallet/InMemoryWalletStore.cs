using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Wallet;

namespace SanguoOrleans.Grains.Wallet;

/// <summary>
/// The wallet store of the embedded default and of fast tests: the same rules as <see cref="MySqlWalletStore"/>,
/// checked in the same order, held in process memory (lost when the process ends).
/// </summary>
internal sealed class InMemoryWalletStore : IWalletStore
{
    // One lock for everything: a transfer touches two users, and nothing here waits on I/O.
    private readonly Lock _lock = new();
    private readonly Dictionary<(Guid User, Currency Currency), long> _balances = [];
    private readonly Dictionary<(Guid User, string OperationId), LedgerEntry> _operations = [];
    private readonly Dictionary<Guid, List<LedgerEntry>> _ledgers = [];

    public Task<Outcome<WalletReceipt>> ApplyAsync(Guid userId, WalletOperation operation, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        lock (_lock)
        {
            if (_operations.TryGetValue((userId, operation.OperationId), out var first))
            {
                return Task.FromResult(first.AnswerReuse(operation, operation.Amount, counterparty: null));
            }

            var balance = BalanceOf(userId, operation.Currency);
            if (Refuse(operation, balance, operation.Amount) is { } refused)
            {
                return Task.FromResult(refused);
            }

            var receipt = Append(userId, operation, operation.Amount, counterparty: null, LedgerTime.Normalize(now));
            return Task.FromResult(Outcome.Success(receipt));
        }
    }

    public Task<Outcome<WalletReceipt>> TransferAsync(Guid sender, Guid recipient, WalletOperation operation, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (WalletRefusals.CheckTransfer(sender, recipient, operation) is { } invalid)
        {
            return Task.FromResult(invalid);
        }

        lock (_lock)
        {
            if (_operations.TryGetValue((sender, operation.OperationId), out var first))
            {
                return Task.FromResult(first.AnswerReuse(operation, -operation.Amount, recipient));
            }

            if (Refuse(operation, BalanceOf(sender, operation.Currency), -operation.Amount) is { } refused)
            {
                return Task.FromResult(refused);
            }

            // The recipient's ledger may hold the id for another operation; MariaDB's unique key refuses that too.
            if (_operations.ContainsKey((recipient, operation.OperationId)))
            {
                return Task.FromResult(WalletRefusals.OperationConflict(operation.OperationId));
            }

            // Checked before either side is written, so an overflow leaves no half transfer.
            _ = checked(BalanceOf(recipient, operation.Currency) + operation.Amount);
            var appliedAt = LedgerTime.Normalize(now);
            var receipt = Append(sender, operation, -operation.Amount, recipient, appliedAt);
            Append(recipient, operation, operation.Amount, sender, appliedAt);
            return Task.FromResult(Outcome.Success(receipt));
        }
    }

    public Task<WalletBalance> GetBalanceAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(new WalletBalance(BalanceOf(userId, Currency.Tongqian), BalanceOf(userId, Currency.Yuanbao)));
        }
    }

    public Task<IReadOnlyList<WalletReceipt>> GetLedgerAsync(Guid userId, int limit, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<WalletReceipt> newest = _ledgers.TryGetValue(userId, out var ledger)
                ? ledger.AsEnumerable().Reverse().Take(Math.Max(limit, 0)).Select(entry => entry.Receipt).ToList()
                : [];
            return Task.FromResult(newest);
        }
    }

    public Task<ReconciliationReport> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var entries = _ledgers.Values.SelectMany(ledger => ledger).ToList();
            var sums = entries
                .GroupBy(entry => (entry.Receipt.UserId, entry.Receipt.Currency))
                .ToDictionary(group => group.Key, group => group.Sum(entry => entry.Receipt.Amount));
            var discrepancies = _balances.Keys.Union(sums.Keys)
                .Select(key => new BalanceDiscrepancy(key.Item1, key.Item2, _balances.GetValueOrDefault(key), sums.GetValueOrDefault(key)))
                .Where(pair => pair.StoredBalance != pair.LedgerBalance)
                .ToList();
            return Task.FromResult(new ReconciliationReport(_balances.Count, entries.Count, discrepancies));
        }
    }

    private static Outcome<WalletReceipt>? Refuse(WalletOperation operation, long balance, long signedAmount)
    {
        if (operation.ExpectedBalance is { } expected && expected != balance)
        {
            return WalletRefusals.BalanceMismatch(expected, balance);
        }

        return checked(balance + signedAmount) < 0 ? WalletRefusals.InsufficientFunds(balance, -signedAmount) : null;
    }

    private long BalanceOf(Guid userId, Currency currency) => _balances.GetValueOrDefault((userId, currency));

    private WalletReceipt Append(Guid userId, WalletOperation operation, long signedAmount, Guid? counterparty, DateTimeOffset appliedAt)
    {
        // Checked like MariaDB's BIGINT: an overflow throws and changes nothing.
        var balanceAfter = checked(BalanceOf(userId, operation.Currency) + signedAmount);
        var receipt = new WalletReceipt(userId, operation.OperationId, operation.Currency, signedAmount, balanceAfter, operation.Reason, appliedAt);
        var entry = new LedgerEntry(receipt, counterparty);
        _balances[(userId, operation.Currency)] = balanceAfter;
        _operations[(userId, operation.OperationId)] = entry;
        if (!_ledgers.TryGetValue(userId, out var ledger))
        {
            _ledgers[userId] = ledger = [];
        }

        ledger.Add(entry);
        return receipt;
    }
}
