namespace SanguoOrleans.Grains.Interfaces.Wallet;

/// <summary>The result of recomputing every balance from the ledger.</summary>
[GenerateSerializer, Immutable, Alias("sanguo.ReconciliationReport")]
public sealed record ReconciliationReport(int BalancesChecked, long LedgerEntries, IReadOnlyList<BalanceDiscrepancy> Discrepancies)
{
    /// <summary>Whether every stored balance equals the sum of its ledger.</summary>
    public bool Consistent => Discrepancies.Count == 0;
}
