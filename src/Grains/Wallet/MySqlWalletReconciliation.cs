using MySqlConnector;
using SanguoOrleans.Grains.Interfaces.Wallet;

namespace SanguoOrleans.Grains.Wallet;

/// <summary>Recomputes every balance in MariaDB from its ledger.</summary>
internal static class MySqlWalletReconciliation
{
    // Each statement reads one InnoDB snapshot, and an operation's balance and ledger rows commit together, so
    // operations running meanwhile are seen whole or not at all. No explicit transaction: none can be left open
    // on a pooled connection. The union also catches a ledger whose balance row is missing, and the reverse.
    private const string Sql = """
        SELECT (SELECT COUNT(*) FROM WalletBalance), (SELECT COUNT(*) FROM WalletLedger);
        SELECT UserId, Currency, CAST(SUM(Stored) AS SIGNED) AS Stored, CAST(SUM(Ledger) AS SIGNED) AS Ledger
        FROM (
            SELECT UserId, Currency, Balance AS Stored, 0 AS Ledger FROM WalletBalance
            UNION ALL
            SELECT UserId, Currency, 0, Amount FROM WalletLedger
        ) AS Sides
        GROUP BY UserId, Currency
        HAVING Stored <> Ledger
        ORDER BY UserId, Currency;
        """;

    public static Task<ReconciliationReport> RunAsync(MySqlDataSource dataSource, CancellationToken cancellationToken) =>
        dataSource.QueryAsync(Sql, _ => { }, ReadAsync, cancellationToken);

    private static async Task<ReconciliationReport> ReadAsync(MySqlDataReader reader, CancellationToken cancellationToken)
    {
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException("The reconciliation counts returned no row.");
        }

        var (balances, entries) = (reader.GetInt64(0), reader.GetInt64(1));
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var discrepancies = new List<BalanceDiscrepancy>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            discrepancies.Add(new BalanceDiscrepancy(reader.GetGuid(0), (Currency)reader.GetByte(1), reader.GetInt64(2), reader.GetInt64(3)));
        }

        return new ReconciliationReport((int)balances, entries, discrepancies);
    }
}
