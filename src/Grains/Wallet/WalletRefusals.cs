using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Wallet;

namespace SanguoOrleans.Grains.Wallet;

/// <summary>The refusals both stores give, worded once so they answer alike.</summary>
internal static class WalletRefusals
{
    public static Outcome<WalletReceipt> InsufficientFunds(long balance, long taken) =>
        Outcome.Refused<WalletReceipt>(RefusalCode.InsufficientFunds, $"The balance is {balance}; the operation takes {taken}.");

    public static Outcome<WalletReceipt> BalanceMismatch(long expected, long balance) =>
        Outcome.Refused<WalletReceipt>(RefusalCode.BalanceMismatch, $"The balance is {balance}, not the {expected} expected.");

    public static Outcome<WalletReceipt> OperationConflict(string operationId) =>
        Outcome.Refused<WalletReceipt>(RefusalCode.OperationConflict, $"Operation id '{operationId}' was used before for a different operation.");

    /// <summary>A refusal when the transfer cannot be expressed as two ledger rows, or null.</summary>
    public static Outcome<WalletReceipt>? CheckTransfer(Guid sender, Guid recipient, WalletOperation operation) =>
        operation.Amount <= 0 || sender == recipient
            ? Outcome.Refused<WalletReceipt>(RefusalCode.InvalidArgument, "A transfer moves a positive amount to another user.")
            : null;
}
