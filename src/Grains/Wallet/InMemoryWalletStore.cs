using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Wallet;

namespace SanguoOrleans.Grains.Wallet;

/// <summary>
/// The wallet store of the embedded default and of fast tests: the same rules as <see cref="MySqlWalletStore"/>,
/// checked in the same order (a reused id, then the expected balance, then the funds), held in process memory
/// and lost when the process ends.
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
        var change = new LedgerChange(userId, Recipient: null, operation, LedgerTime.Normalize(now));
        lock (_lock)
        {
            Touch(userId, operation.Currency);
            if (_operations.TryGetValue((userId, operation.OperationId), out var first))
            {
                return Task.FromResult(first.AnswerReuse(change));
            }

            if (Refuse(change) is { } refused)
            {
                return Task.FromResult(refused);
            }

            return Task.FromResult(Outcome.Success(Append(change)));
        }
    }

    public Task<Outcome<WalletReceipt>> TransferAsync(Guid sender, Guid recipient, WalletOperation operation, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (WalletRefusals.CheckTransfer(sender, recipient, operation) is { } invalid)
        {
            return Task.FromResult(invalid);
        }

        var change = new LedgerChange(sender, recipient, operation, LedgerTime.Normalize(now));
        var credit = new LedgerChange(recipient, Recipient: null, operation, change.AppliedAt);
        lock (_lock)
        {
            Touch(sender, operation.Currency);
            Touch(recipient, operation.Currency);
            if (_operations.TryGetValue((sender, operation.OperationId), out var first))
            {
                return Task.FromResult(first.AnswerReuse(change));
            }

            // The recipient's ledger may hold the id for another operation; MariaDB's unique key refuses that too.
            if (_operations.ContainsKey((recipient, operation.OperationId)))
            {
                return Task.FromResult(WalletRefusals.OperationConflict(operation.OperationId));
            }

            if (Refuse(change) is { } refused)
            {
                return Task.FromResult(refused);
            }

            // Checked before either side is written, so an overflow leaves no half transfer.
            _ = checked(BalanceOf(recipient, operation.Currency) + operation.Amount);
            var receipt = Append(change);
            Append(credit, counterparty: sender);
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
                .GroupBy(entry => (User: entry.Receipt.UserId, entry.Receipt.Currency))
                .ToDictionary(group => group.Key, group => group.Sum(entry => entry.Receipt.Amount));
            var discrepancies = _balances.Keys.Union(sums.Keys)
                .Select(key => new BalanceDiscrepancy(key.User, key.Currency, _balances.GetValueOrDefault(key), sums.GetValueOrDefault(key)))
                .Where(pair => pair.StoredBalance != pair.LedgerBalance)
                .ToList();
            return Task.FromResult(new ReconciliationReport(_balances.Count, entries.Count, discrepancies));
        }
    }

    private Outcome<WalletReceipt>? Refuse(LedgerChange change)
    {
        var balance = BalanceOf(change.UserId, change.Operation.Currency);
        if (change.Operation.ExpectedBalance is { } expected && expected != balance)
        {
            return WalletRefusals.BalanceMismatch(expected, balance);
        }

        return checked(balance + change.SignedAmount) < 0 ? WalletRefusals.InsufficientFunds(balance, -change.SignedAmount) : null;
    }

    private long BalanceOf(Guid userId, Currency currency) => _balances.GetValueOrDefault((userId, currency));

    // MariaDB creates a balance row at zero the first time an operation reaches it, whatever the outcome; mirrored
    // so reconciliation counts the same balances.
    private void Touch(Guid userId, Currency currency) => _balances.TryAdd((userId, currency), 0);

    private WalletReceipt Append(LedgerChange change, Guid? counterparty = null)
    {
        // Checked like MariaDB's BIGINT: an overflow throws and changes nothing.
        var key = (change.UserId, change.Operation.Currency);
        var receipt = change.Receipt(checked(_balances.GetValueOrDefault(key) + change.SignedAmount));
        var entry = new LedgerEntry(receipt, counterparty ?? change.Recipient);
        _balances[key] = receipt.BalanceAfter;
        _operations[(change.UserId, change.Operation.OperationId)] = entry;
        if (!_ledgers.TryGetValue(change.UserId, out var ledger))
        {
            _ledgers[change.UserId] = ledger = [];
        }

        ledger.Add(entry);
        return receipt;
    }
}
