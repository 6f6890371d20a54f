namespace SanguoOrleans.Grains.Interfaces.Wallet;

/// <summary>Read-only views over the ledger for operators: a user's history and the reconciliation check.</summary>
public interface IWalletAuditGrain : IGrainWithIntegerKey
{
    /// <summary>A user's newest ledger entries, newest first.</summary>
    Task<IReadOnlyList<WalletReceipt>> GetLedgerAsync(Guid userId, int limit);

    /// <summary>Recomputes every balance from the ledger and lists those that differ.</summary>
    Task<ReconciliationReport> ReconcileAsync();
}
