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
    public Outcome<WalletReceipt> AnswerReuse(WalletOperation operation, long signedAmount, Guid? counterparty)
    {
        var isRetry = Receipt.Currency == operation.Currency
            && Receipt.Amount == signedAmount
            && string.Equals(Receipt.Reason, operation.Reason, StringComparison.Ordinal)
            && Counterparty == counterparty;
        return isRetry ? Outcome.Success(Receipt) : WalletRefusals.OperationConflict(operation.OperationId);
    }
}
