using SanguoOrleans.Grains.Interfaces.Wallet;

namespace SanguoOrleans.Gateway.Admin;

/// <summary>The answer to a grant or a deduction: the ledger's receipt (the first one, for a retry) and the balances now.</summary>
internal sealed record WalletChangeView(WalletReceipt Receipt, WalletBalance Balance);
