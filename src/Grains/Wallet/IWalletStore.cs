using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Wallet;

namespace SanguoOrleans.Grains.Wallet;

/// <summary>
/// Durable balances and their append-only ledger. Every applied operation is one atomic step that writes its
/// ledger entry and the new balance together; the store, not a cache, decides whether funds suffice.
/// </summary>
public interface IWalletStore
{
    /// <summary>
    /// Applies <paramref name="operation"/> to <paramref name="userId"/>'s balance. A retry with an operation id
    /// already applied for this user returns the first receipt unchanged; the same id with a different
    /// currency, amount or reason is refused with <see cref="RefusalCode.OperationConflict"/>. Refusals:
    /// <see cref="RefusalCode.InsufficientFunds"/>, <see cref="RefusalCode.BalanceMismatch"/>. Throws when
    /// the database cannot be reached; nothing is applied then.
    /// </summary>
    Task<Outcome<WalletReceipt>> ApplyAsync(Guid userId, WalletOperation operation, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves a positive <see cref="WalletOperation.Amount"/> from <paramref name="sender"/> to <paramref name="recipient"/>:
    /// both ledger entries (the same operation id, opposite amounts) and both balances in one transaction.
    /// <see cref="WalletOperation.ExpectedBalance"/> applies to the sender. Returns the sender's receipt;
    /// idempotent like <see cref="ApplyAsync"/>.
    /// </summary>
    Task<Outcome<WalletReceipt>> TransferAsync(Guid sender, Guid recipient, WalletOperation operation, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The stored balances of a user (zero for a user with no entries).</summary>
    Task<WalletBalance> GetBalanceAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>A user's newest ledger entries, newest first.</summary>
    Task<IReadOnlyList<WalletReceipt>> GetLedgerAsync(Guid userId, int limit, CancellationToken cancellationToken = default);

    /// <summary>Recomputes every balance from the ledger and lists those that differ from the stored balance.</summary>
    Task<ReconciliationReport> ReconcileAsync(CancellationToken cancellationToken = default);
}
