using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Wallet;

namespace SanguoOrleans.Grains.Wallet;

/// <summary>One ledger row: its receipt and, for half of a transfer, the other user.</summary>
internal sealed record LedgerEntry(WalletReceipt Receipt, Guid? Counterparty)
{
    /// <summary>
    /// The answer to a request that reuses this entry's operation id: the first receipt when it is a retry of the
    /// same operation, else a conflict. The expected balance is not compared: it held when the entry was made.
    /// </summary>
    public Outcome<WalletReceipt> AnswerReuse(LedgerChange change)
    {
        var isRetry = Receipt.Currency == change.Operation.Currency
            && Receipt.Amount == change.SignedAmount
            && string.Equals(Receipt.Reason, change.Operation.Reason, StringComparison.Ordinal)
            && Counterparty == change.Recipient;
        return isRetry ? Outcome.Success(Receipt) : WalletRefusals.OperationConflict(change.Operation.OperationId);
    }
}
