using MySqlConnector;
using SanguoOrleans.Grains.Interfaces.Wallet;

namespace SanguoOrleans.Grains.Wallet;

/// <summary>Recomputes every balance in MariaDB from its ledger.</summary>
internal static class MySqlWalletReconciliation
{
    // One snapshot for all three queries: operations running meanwhile are seen whole or not at all. The union
    // also catches ledger sums whose balance row is missing and balance rows with no ledger.
    private const string Sql = """
        SET TRANSACTION ISOLATION LEVEL REPEATABLE READ;
        START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY;
        SELECT COUNT(*) FROM WalletBalance;
        SELECT COUNT(*) FROM WalletLedger;
        SELECT UserId, Currency, CAST(SUM(Stored) AS SIGNED) AS Stored, CAST(SUM(Ledger) AS SIGNED) AS Ledger
        FROM (
            SELECT UserId, Currency, Balance AS Stored, 0 AS Ledger FROM WalletBalance
            UNION ALL
            SELECT UserId, Currency, 0, Amount FROM WalletLedger
        ) AS Sides
        GROUP BY UserId, Currency
        HAVING Stored <> Ledger
        ORDER BY UserId, Currency;
        COMMIT;
        """;

    public static Task<ReconciliationReport> RunAsync(MySqlDataSource dataSource, CancellationToken cancellationToken) =>
        dataSource.QueryAsync(Sql, _ => { }, ReadAsync, cancellationToken);

    private static async Task<ReconciliationReport> ReadAsync(MySqlDataReader reader, CancellationToken cancellationToken)
    {
        var balances = await ReadCountAsync(reader, cancellationToken).ConfigureAwait(false);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var entries = await ReadCountAsync(reader, cancellationToken).ConfigureAwait(false);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var discrepancies = new List<BalanceDiscrepancy>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            discrepancies.Add(new BalanceDiscrepancy(reader.GetGuid(0), (Currency)reader.GetByte(1), reader.GetInt64(2), reader.GetInt64(3)));
        }

        return new ReconciliationReport((int)balances, entries, discrepancies);
    }

    private static async Task<long> ReadCountAsync(MySqlDataReader reader, CancellationToken cancellationToken)
    {
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException("A reconciliation count returned no row.");
        }

        return reader.GetInt64(0);
    }
}
