using SanguoOrleans.Game.Heroes;
using SanguoOrleans.Game.Random;
using SanguoOrleans.Grains.Interfaces.Roguelike;

namespace SanguoOrleans.Grains.Roguelike;

/// <summary>The numbers of a run: enemies and rewards per node kind, HP lost in defeat, what rests, events and shops give.</summary>
internal static class RunRules
{
    public static int Enemies(NodeKind kind) => kind switch
    {
        NodeKind.Elite => 2,
        NodeKind.Boss => 3,
        _ => 1,
    };

    public static long Reward(NodeKind kind) => kind switch
    {
        NodeKind.Battle => 20,
        NodeKind.Elite => 50,
        NodeKind.Boss => 200,
        NodeKind.Event => 10,
        _ => 0,
    };

    public static int HpLostInDefeat(NodeKind kind) => kind == NodeKind.Boss ? int.MaxValue : Enemies(kind);

    public const int RestHeal = 2;

    /// <summary>The boon found at a node: the same for the same run and node.</summary>
    public static string Boon(ulong seed, int node) => Boons.All[new Xoshiro256StarStar(seed ^ (ulong)(node + 1) * 0x9E3779B97F4A7C15UL).NextInt(Boons.All.Count)];

    public const int ShopOfferCount = 3;

    /// <summary>
    /// What a shop node sells: <see cref="ShopOfferCount"/> different boons at 60 to 120 铜钱 (in tens), the same for
    /// the same run and node, so they are never stored.
    /// </summary>
    public static IReadOnlyList<ShopOffer> ShopOffers(ulong seed, int node)
    {
        var rng = new Xoshiro256StarStar(seed ^ (ulong)(node + 1) * 0xD1B54A32D192ED03UL);
        var boons = Boons.All.ToList();
        rng.Shuffle(boons);
        return [.. boons.Take(ShopOfferCount).Select(boon => new ShopOffer(boon, 60 + 10 * rng.NextInt(7), Bought: false))];
    }

    /// <summary>The AI heroes of a node's battle: distinct, never the player's hero, the same for the same run and node.</summary>
    public static IReadOnlyList<string> EnemyHeroes(ulong seed, int node, string playerHero, int count)
    {
        var pool = HeroCatalog.All.Select(h => h.Id).Where(id => id != playerHero).ToList();
        new Xoshiro256StarStar(seed + (ulong)node * 7919UL).Shuffle(pool);
        return pool.Take(count).ToList();
    }
}
