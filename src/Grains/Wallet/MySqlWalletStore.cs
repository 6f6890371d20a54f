using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MySqlConnector;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Wallet;

namespace SanguoOrleans.Grains.Wallet;

/// <summary>
/// Balances and ledger in MariaDB. An operation is one autocommit INSERT of its ledger rows, whose trigger changes
/// the balances (Storage/MySqlSchema.sql): one round trip, one transaction, and nothing applied unless all is.
/// </summary>
internal sealed partial class MySqlWalletStore(
    [FromKeyedServices(WalletServiceCollectionExtensions.DataSourceKey)] MySqlDataSource dataSource,
    ILogger<MySqlWalletStore> logger) : IWalletStore
{
    // Attempts after creating a missing balance row or losing a deadlock: InnoDB rolls a failed statement back
    // whole, so repeating it is safe. Opposite transfers lock in one order and never deadlock each other.
    private const int MaxAttempts = 5;

    private const string BalanceQuery = "SELECT Currency, Balance FROM WalletBalance WHERE UserId = @user";

    private const string LedgerQuery = """
        SELECT Currency, OperationId, Amount, BalanceAfter, Reason, AppliedAt
        FROM WalletLedger WHERE UserId = @user ORDER BY EntryId DESC LIMIT @limit
        """;

    public Task<Outcome<WalletReceipt>> ApplyAsync(Guid userId, WalletOperation operation, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return ChangeAsync(new LedgerChange(userId, Recipient: null, operation, LedgerTime.Normalize(now)), cancellationToken);
    }

    public Task<Outcome<WalletReceipt>> TransferAsync(Guid sender, Guid recipient, WalletOperation operation, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return WalletRefusals.CheckTransfer(sender, recipient, operation) is { } invalid
            ? Task.FromResult(invalid)
            : ChangeAsync(new LedgerChange(sender, recipient, operation, LedgerTime.Normalize(now)), cancellationToken);
    }

    public Task<WalletBalance> GetBalanceAsync(Guid userId, CancellationToken cancellationToken = default) =>
        dataSource.QueryAsync(
            BalanceQuery,
            parameters => parameters.AddWithValue("@user", userId),
            async (reader, token) =>
            {
                long tongqian = 0, yuanbao = 0;
                while (await reader.ReadAsync(token).ConfigureAwait(false))
                {
                    switch ((Currency)reader.GetByte(0))
                    {
                        case Currency.Tongqian:
                            tongqian = reader.GetInt64(1);
                            break;
                        case Currency.Yuanbao:
                            yuanbao = reader.GetInt64(1);
                            break;
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
                parameters.AddWithValue("@user", userId);
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

    private async Task<Outcome<WalletReceipt>> ChangeAsync(LedgerChange change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (sql, bind) = MySqlWalletCommands.Insert(change);
                var balanceAfter = await dataSource.QueryAsync(sql, bind, (reader, token) => ReadBalanceAfterAsync(reader, change.UserId, token), cancellationToken)
                    .ConfigureAwait(false);
                return Outcome.Success(change.Receipt(balanceAfter));
            }
            catch (MySqlException e) when (e.Number == MySqlWalletCommands.NoBalanceRow && attempt < MaxAttempts)
            {
                var (sql, bind) = MySqlWalletCommands.CreateBalances(change);
                await dataSource.QueryAsync(sql, bind, (_, _) => Task.FromResult(0), cancellationToken).ConfigureAwait(false);
            }
            catch (MySqlException e) when (e.ErrorCode == MySqlErrorCode.LockDeadlock && attempt < MaxAttempts)
            {
                LogDeadlockRetried(logger, change.UserId, change.Operation.OperationId, attempt);
            }
            catch (MySqlException e) when (e.Number is MySqlWalletCommands.InsufficientFunds or MySqlWalletCommands.BalanceMismatch or MySqlWalletCommands.DuplicateOperation)
            {
                return await ExplainAsync(change, e.Number, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task<long> ReadBalanceAfterAsync(MySqlDataReader reader, Guid userId, CancellationToken cancellationToken)
    {
        // Every row is read before answering: RETURNING streams rows as they are inserted, so a later row's
        // refusal (rolling back the whole statement) only arrives after the earlier rows.
        long? balanceAfter = null;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (reader.GetGuid(0) == userId)
            {
                balanceAfter = reader.GetInt64(1);
            }
        }

        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        return balanceAfter ?? throw new InvalidOperationException("The ledger insert returned no row for its user.");
    }

    // The same order of checks as InMemoryWalletStore: a reused id first, then the balance.
    private async Task<Outcome<WalletReceipt>> ExplainAsync(LedgerChange change, int error, CancellationToken cancellationToken)
    {
        var (sql, bind) = MySqlWalletCommands.Explain(change);
        return await dataSource.QueryAsync(
            sql,
            bind,
            async (reader, token) =>
            {
                var first = await reader.ReadAsync(token).ConfigureAwait(false) ? ReadEntry(reader, change) : null;
                await reader.NextResultAsync(token).ConfigureAwait(false);
                await reader.ReadAsync(token).ConfigureAwait(false);
                var balance = reader.GetInt64(0);
                var recipientHoldsId = reader.GetBoolean(1);
                return (first, recipientHoldsId, error) switch
                {
                    ({ } entry, _, _) => entry.AnswerReuse(change),
                    (null, true, _) or (null, _, MySqlWalletCommands.DuplicateOperation) => WalletRefusals.OperationConflict(change.Operation.OperationId),
                    (null, _, MySqlWalletCommands.BalanceMismatch) => WalletRefusals.BalanceMismatch(change.Operation.ExpectedBalance.GetValueOrDefault(), balance),
                    _ => WalletRefusals.InsufficientFunds(balance, -change.SignedAmount),
                };
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static LedgerEntry ReadEntry(MySqlDataReader reader, LedgerChange change)
    {
        var receipt = new WalletReceipt(
            change.UserId,
            change.Operation.OperationId,
            (Currency)reader.GetByte(0),
            reader.GetInt64(1),
            reader.GetInt64(2),
            reader.GetString(3),
            AsUtc(reader.GetDateTime(5)));
        return new LedgerEntry(receipt, reader.IsDBNull(4) ? null : reader.GetGuid(4));
    }

    // The ledger stores UTC without a zone; the driver hands it back unspecified.
    private static DateTimeOffset AsUtc(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Wallet operation {OperationId} for user {UserId} was a deadlock victim (attempt {Attempt}); retrying")]
    private static partial void LogDeadlockRetried(ILogger logger, Guid userId, string operationId, int attempt);
}
