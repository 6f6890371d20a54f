using MySqlConnector;

namespace SanguoOrleans.Grains.Wallet;

/// <summary>The statements <see cref="MySqlWalletStore"/> sends; the trigger they rely on is in Storage/MySqlSchema.sql.</summary>
internal static class MySqlWalletCommands
{
    /// <summary>The trigger's refusals (SIGNAL ... MYSQL_ERRNO), and the unique key's.</summary>
    public const int InsufficientFunds = 31000, BalanceMismatch = 31001, NoBalanceRow = 31002, DuplicateOperation = 1062;

    // BalanceAfter is set by the trigger; 0 is a placeholder.
    private const string Columns = "(UserId, Currency, OperationId, Amount, BalanceAfter, Reason, Counterparty, AppliedAt, ExpectedBalance)";

    private const string ApplySql =
        $"INSERT INTO WalletLedger {Columns} VALUES (@user, @currency, @operationId, @amount, 0, @reason, NULL, @appliedAt, @expected) " +
        "RETURNING UserId, BalanceAfter";

    // Rows are inserted, so balances locked, in the order listed: always the lower user id first, so opposite
    // transfers queue behind each other instead of deadlocking.
    private const string TransferSql =
        $"INSERT INTO WalletLedger {Columns} VALUES " +
        "(@user, @currency, @operationId, @amount, 0, @reason, @other, @appliedAt, @expected), " +
        "(@other, @currency, @operationId, @otherAmount, 0, @reason, @user, @appliedAt, @otherExpected) " +
        "RETURNING UserId, BalanceAfter";

    private const string CreateBalanceSql =
        "INSERT INTO WalletBalance (UserId, Currency, Balance) VALUES (@user, @currency, 0) ON DUPLICATE KEY UPDATE Balance = Balance";

    private const string CreateBalancesSql =
        "INSERT INTO WalletBalance (UserId, Currency, Balance) VALUES (@user, @currency, 0), (@other, @currency, 0) " +
        "ON DUPLICATE KEY UPDATE Balance = Balance";

    // What a refused or duplicate insert needs to be explained: the first row with this id, the balance now, and
    // whether a transfer's recipient already holds the id.
    private const string ExplainSql = """
        SELECT Currency, Amount, BalanceAfter, Reason, Counterparty, AppliedAt
        FROM WalletLedger WHERE UserId = @user AND OperationId = @operationId;
        SELECT
            COALESCE((SELECT Balance FROM WalletBalance WHERE UserId = @user AND Currency = @currency), 0) AS Balance,
            EXISTS (SELECT 1 FROM WalletLedger WHERE UserId = @other AND OperationId = @operationId) AS OtherHoldsId
        """;

    /// <summary>The insert of <paramref name="change"/>'s ledger rows, whose trigger applies it.</summary>
    public static (string Sql, Action<MySqlParameterCollection> Bind) Insert(LedgerChange change)
    {
        if (change.Recipient is not { } recipient)
        {
            return (ApplySql, parameters =>
            {
                BindCommon(parameters, change);
                parameters.AddWithValue("@user", change.UserId);
                parameters.AddWithValue("@amount", change.SignedAmount);
                parameters.AddWithValue("@expected", change.Operation.ExpectedBalance);
            });
        }

        var senderFirst = change.UserId.CompareTo(recipient) < 0;
        return (TransferSql, parameters =>
        {
            BindCommon(parameters, change);
            (Guid User, long Amount, long? Expected) sender = (change.UserId, change.SignedAmount, change.Operation.ExpectedBalance);
            (Guid User, long Amount, long? Expected) receiver = (recipient, change.Operation.Amount, null);
            var (first, second) = senderFirst ? (sender, receiver) : (receiver, sender);
            parameters.AddWithValue("@user", first.User);
            parameters.AddWithValue("@amount", first.Amount);
            parameters.AddWithValue("@expected", first.Expected);
            parameters.AddWithValue("@other", second.User);
            parameters.AddWithValue("@otherAmount", second.Amount);
            parameters.AddWithValue("@otherExpected", second.Expected);
        });
    }

    /// <summary>Creates the missing balance rows at zero, in the same order as <see cref="Insert"/> locks them.</summary>
    public static (string Sql, Action<MySqlParameterCollection> Bind) CreateBalances(LedgerChange change)
    {
        var users = change.Recipient is { } recipient ? new[] { change.UserId, recipient }.Order().ToArray() : [change.UserId];
        return (users.Length == 1 ? CreateBalanceSql : CreateBalancesSql, parameters =>
        {
            parameters.AddWithValue("@currency", (byte)change.Operation.Currency);
            parameters.AddWithValue("@user", users[0]);
            if (users.Length > 1)
            {
                parameters.AddWithValue("@other", users[1]);
            }
        });
    }

    /// <summary>Reads what explains why <paramref name="change"/> was not inserted.</summary>
    public static (string Sql, Action<MySqlParameterCollection> Bind) Explain(LedgerChange change) =>
        (ExplainSql, parameters =>
        {
            parameters.AddWithValue("@user", change.UserId);
            parameters.AddWithValue("@other", change.Recipient);
            parameters.AddWithValue("@currency", (byte)change.Operation.Currency);
            parameters.AddWithValue("@operationId", change.Operation.OperationId);
        });

    private static void BindCommon(MySqlParameterCollection parameters, LedgerChange change)
    {
        parameters.AddWithValue("@currency", (byte)change.Operation.Currency);
        parameters.AddWithValue("@operationId", change.Operation.OperationId);
        parameters.AddWithValue("@reason", change.Operation.Reason);
        parameters.AddWithValue("@appliedAt", change.AppliedAt.UtcDateTime);
    }
}
