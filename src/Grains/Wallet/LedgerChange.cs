using SanguoOrleans.Grains.Interfaces.Wallet;

namespace SanguoOrleans.Grains.Wallet;

/// <summary>An operation as the ledger records it: for a user alone, or as the sending half of a transfer.</summary>
internal sealed record LedgerChange(Guid UserId, Guid? Recipient, WalletOperation Operation, DateTimeOffset AppliedAt)
{
    /// <summary>A transfer's operation holds the amount moved; the sender's ledger row holds it taken away.</summary>
    public long SignedAmount => Recipient is null ? Operation.Amount : -Operation.Amount;

    /// <summary>The receipt of this change once applied.</summary>
    public WalletReceipt Receipt(long balanceAfter) =>
        new(UserId, Operation.OperationId, Operation.Currency, SignedAmount, balanceAfter, Operation.Reason, AppliedAt);
}
