namespace SanguoOrleans.Grains.Interfaces.Wallet;

/// <summary>A stored balance that differs from the sum of its ledger entries.</summary>
[GenerateSerializer, Immutable, Alias("sanguo.BalanceDiscrepancy")]
public sealed record BalanceDiscrepancy(Guid UserId, Currency Currency, long StoredBalance, long LedgerBalance);
