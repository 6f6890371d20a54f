namespace SanguoOrleans.Grains.Interfaces.Wallet;

/// <summary>The currencies a wallet holds. Values are stored in the ledger: never renumber.</summary>
public enum Currency
{
    /// <summary>铜钱: earned in games and activities, spent in the shop.</summary>
    Tongqian = 1,

    /// <summary>元宝: the premium currency.</summary>
    Yuanbao = 2,
}
