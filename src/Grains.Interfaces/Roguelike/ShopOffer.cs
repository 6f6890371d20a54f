namespace SanguoOrleans.Grains.Interfaces.Roguelike;

/// <summary>A boon a shop node sells, its price in 铜钱, and whether the player bought it there.</summary>
[GenerateSerializer, Immutable, Alias("sanguo.roguelike.ShopOffer")]
public sealed record ShopOffer(string Boon, long Price, bool Bought);
