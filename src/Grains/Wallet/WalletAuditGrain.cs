using Orleans.Concurrency;
using SanguoOrleans.Grains.Interfaces.Wallet;

namespace SanguoOrleans.Grains.Wallet;

// Stateless: the store holds everything, so any silo can answer and reconciliations may run side by side.
[StatelessWorker]
internal sealed class WalletAuditGrain(IWalletStore store) : Grain, IWalletAuditGrain
{
    // Bounds the rows one operator call pulls from the ledger.
    private const int MaxLedgerPage = 1000;

    public Task<IReadOnlyList<WalletReceipt>> GetLedgerAsync(Guid userId, int limit) =>
        store.GetLedgerAsync(userId, Math.Clamp(limit, 0, MaxLedgerPage));

    public Task<ReconciliationReport> ReconcileAsync() => store.ReconcileAsync();
}
