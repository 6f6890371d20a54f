using SanguoOrleans.Grains.Interfaces.Users;
using SanguoOrleans.Grains.Interfaces.Wallet;

namespace SanguoOrleans.Gateway.Admin;

/// <summary>What an operator sees of a user: the profile, the balances, whether a session is live and whether the account is banned.</summary>
internal sealed record UserView(UserProfile Profile, WalletBalance Balance, bool Online, bool Banned);
