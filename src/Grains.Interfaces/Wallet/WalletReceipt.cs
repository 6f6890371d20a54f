namespace SanguoOrleans.Grains.Interfaces.Wallet;

/// <summary>A durable record that an operation was applied, as the ledger holds it.</summary>
[GenerateSerializer, Immutable, Alias("sanguo.WalletReceipt")]
public sealed record WalletReceipt(
    Guid UserId,
    string OperationId,
    Currency Currency,
    long Amount,
    long BalanceAfter,
    string Reason,
    DateTimeOffset AppliedAt);
