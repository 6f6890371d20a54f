using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MySqlConnector;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Wallet;

namespace SanguoOrleans.Grains.Wallet;

/// <summary>
/// Balances and ledger in MariaDB (tables and procedures in Storage/MySqlSchema.sql). Each operation is one call
/// of a stored procedure: one round trip, one transaction that locks the balance, decides, writes the balance and
/// its ledger rows, and commits.
/// </summary>
internal sealed partial class MySqlWalletStore(
    [FromKeyedServices(WalletServiceCollectionExtensions.DataSourceKey)] MySqlDataSource dataSource,
    ILogger<MySqlWalletStore> logger) : IWalletStore
{
    // InnoDB rolls a deadlock victim back whole, so running it again is safe. Transfers lock their two rows in
    // user-id order and never deadlock each other; this covers whatever else InnoDB may still pick.
    private const int MaxAttempts = 5;

    private const string ApplyCall =
        "CALL WalletApply(@userId, @currency, @operationId, @amount, @reason, @expectedBalance, @appliedAt)";

    private const string TransferCall =
        "CALL WalletTransfer(@userId, @recipient, @currency, @operationId, @amount, @reason, @expectedBalance, @appliedAt)";

    private const string BalanceQuery = "SELECT Currency, Balance FROM WalletBalance WHERE UserId = @userId";

    private const string LedgerQuery = """
        SELECT Currency, OperationId, Amount, BalanceAfter, Reason, AppliedAt
        FROM WalletLedger WHERE UserId = @userId ORDER BY EntryId DESC LIMIT @limit
        """;

    public Task<Outcome<WalletReceipt>> ApplyAsync(Guid userId, WalletOperation operation, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return CallAsync(ApplyCall, userId, counterparty: null, operation, LedgerTime.Normalize(now), cancellationToken);
    }

    public Task<Outcome<WalletReceipt>> TransferAsync(Guid sender, Guid recipient, WalletOperation operation, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return WalletRefusals.CheckTransfer(sender, recipient, operation) is { } invalid
            ? Task.FromResult(invalid)
            : CallAsync(TransferCall, sender, recipient, operation, LedgerTime.Normalize(now), cancellationToken);
    }

    public Task<WalletBalance> GetBalanceAsync(Guid userId, CancellationToken cancellationToken = default) =>
        dataSource.QueryAsync(
            BalanceQuery,
            parameters => parameters.AddWithValue("@userId", userId),
            async (reader, token) =>
            {
                long tongqian = 0, yuanbao = 0;
                while (await reader.ReadAsync(token).ConfigureAwait(false))
                {
                    switch ((Currency)reader.GetByte(0))
                    {
                        case Currency.Tongqian: tongqian = reader.GetInt64(1); break;
                        case Currency.Yuanbao: yuanbao = reader.GetInt64(1); break;
                    }
                }

                return new WalletBalance(tongqian, yuanbao);
            },
            cancellationToken);

    public async Task<IReadOnlyList<WalletReceipt>> GetLedgerAsync(Guid userId, int limit, CancellationToken cancellationToken = default)
    {
        if (limit <= 0)
        {
            return [];
        }

        return await dataSource.QueryAsync(
            LedgerQuery,
            parameters =>
            {
                parameters.AddWithValue("@userId", userId);
                parameters.AddWithValue("@limit", limit);
            },
            async (reader, token) =>
            {
                var receipts = new List<WalletReceipt>();
                while (await reader.ReadAsync(token).ConfigureAwait(false))
                {
                    receipts.Add(new WalletReceipt(
                        userId,
                        reader.GetString(1),
                        (Currency)reader.GetByte(0),
                        reader.GetInt64(2),
                        reader.GetInt64(3),
                        reader.GetString(4),
                        AsUtc(reader.GetDateTime(5))));
                }

                return receipts;
            },
            cancellationToken).ConfigureAwait(false);
    }

    public Task<ReconciliationReport> ReconcileAsync(CancellationToken cancellationToken = default) =>
        MySqlWalletReconciliation.RunAsync(dataSource, cancellationToken);

    private async Task<Outcome<WalletReceipt>> CallAsync(
        string call, Guid userId, Guid? counterparty, WalletOperation operation, DateTimeOffset appliedAt, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await dataSource.QueryAsync(
                    call,
                    parameters =>
                    {
                        parameters.AddWithValue("@userId", userId);
                        parameters.AddWithValue("@recipient", counterparty);
                        parameters.AddWithValue("@currency", (byte)operation.Currency);
                        parameters.AddWithValue("@operationId", operation.OperationId);
                        parameters.AddWithValue("@amount", operation.Amount);
                        parameters.AddWithValue("@reason", operation.Reason);
                        parameters.AddWithValue("@expectedBalance", operation.ExpectedBalance);
                        parameters.AddWithValue("@appliedAt", appliedAt.UtcDateTime);
                    },
                    async (reader, token) => await reader.ReadAsync(token).ConfigureAwait(false)
                        ? ToOutcome(reader, userId, counterparty, operation, appliedAt)
                        : throw new InvalidOperationException("The wallet procedure returned no row."),
                    cancellationToken).ConfigureAwait(false);
            }
            catch (MySqlException e) when (e.ErrorCode == MySqlErrorCode.LockDeadlock && attempt < MaxAttempts)
            {
                LogDeadlockRetried(logger, userId, operation.OperationId, attempt);
            }
        }
    }

    // The procedures' statuses are listed in Storage/MySqlSchema.sql.
    private static Outcome<WalletReceipt> ToOutcome(
        MySqlDataReader reader, Guid userId, Guid? counterparty, WalletOperation operation, DateTimeOffset appliedAt)
    {
        // A transfer's operation holds the amount moved; the sender's ledger row holds it taken away.
        var signedAmount = counterparty is null ? operation.Amount : -operation.Amount;
        var balance = reader.GetInt64("Balance");
        return reader.GetString("Status") switch
        {
            "Applied" => Outcome.Success(new WalletReceipt(
                userId, operation.OperationId, operation.Currency, signedAmount, balance, operation.Reason, appliedAt)),
            "Existing" => ReadEntry(reader, userId, operation.OperationId).AnswerReuse(operation, signedAmount, counterparty),
            "Mismatch" => WalletRefusals.BalanceMismatch(operation.ExpectedBalance.GetValueOrDefault(), balance),
            "Insufficient" => WalletRefusals.InsufficientFunds(balance, -signedAmount),
            "Duplicate" => WalletRefusals.OperationConflict(operation.OperationId),
            var status => throw new InvalidOperationException($"Unknown wallet procedure status '{status}'."),
        };
    }

    private static LedgerEntry ReadEntry(MySqlDataReader reader, Guid userId, string operationId)
    {
        var counterpartyOrdinal = reader.GetOrdinal("Counterparty");
        var receipt = new WalletReceipt(
            userId,
            operationId,
            (Currency)reader.GetByte("Currency"),
            reader.GetInt64("Amount"),
            reader.GetInt64("BalanceAfter"),
            reader.GetString("Reason"),
            AsUtc(reader.GetDateTime("AppliedAt")));
        return new LedgerEntry(receipt, reader.IsDBNull(counterpartyOrdinal) ? null : reader.GetGuid(counterpartyOrdinal));
    }

    // The ledger stores UTC without a zone; the driver hands it back unspecified.
    private static DateTimeOffset AsUtc(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Wallet operation {OperationId} for user {UserId} was a deadlock victim (attempt {Attempt}); retrying")]
    private static partial void LogDeadlockRetried(ILogger logger, Guid userId, string operationId, int attempt);
}
