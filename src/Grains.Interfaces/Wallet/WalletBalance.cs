namespace SanguoOrleans.Grains.Interfaces.Wallet;

/// <summary>A user's balances in every currency.</summary>
[GenerateSerializer, Immutable, Alias("sanguo.WalletBalance")]
public sealed record WalletBalance(long Tongqian, long Yuanbao)
{
    /// <summary>The balance in one currency.</summary>
    public long Of(Currency currency) => currency switch
    {
        Currency.Tongqian => Tongqian,
        Currency.Yuanbao => Yuanbao,
        _ => throw new ArgumentOutOfRangeException(nameof(currency)),
    };
}
