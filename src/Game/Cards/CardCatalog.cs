using System.Collections.Immutable;

namespace SanguoOrleans.Game.Cards;

/// <summary>The card tables of rules.md (b): 108 standard + EX cards (ids 0–107) and 52 军争 cards (ids 108–159).</summary>
public static class CardCatalog
{
    private const Suit S = Suit.Spade, H = Suit.Heart, C = Suit.Club, D = Suit.Diamond;

    /// <summary>Size of the standard deck.</summary>
    public const int StandardCount = 108;

    /// <summary>Size of the full deck with 军争.</summary>
    public const int FullCount = 160;

    private static readonly (CardName Name, Suit Suit, int[] Numbers)[] StandardSpec =
    [
        (CardName.Slash, S, [7, 8, 8, 9, 9, 10, 10]),
        (CardName.Slash, H, [10, 10, 11]),
        (CardName.Slash, C, [2, 3, 4, 5, 6, 7, 8, 8, 9, 9, 10, 10, 11, 11]),
        (CardName.Slash, D, [6, 7, 8, 9, 10, 13]),
        (CardName.Jink, H, [2, 2, 13]),
        (CardName.Jink, D, [2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 11]),
        (CardName.Peach, H, [3, 4, 6, 7, 8, 9, 12]),
        (CardName.Peach, D, [12]),
        (CardName.Dismantlement, S, [3, 4, 12]),
        (CardName.Dismantlement, H, [12]),
        (CardName.Dismantlement, C, [3, 4]),
        (CardName.Snatch, S, [3, 4, 11]),
        (CardName.Snatch, D, [3, 4]),
        (CardName.Duel, S, [1]),
        (CardName.Duel, C, [1]),
        (CardName.Duel, D, [1]),
        (CardName.Collateral, C, [12, 13]),
        (CardName.ExNihilo, H, [7, 8, 9, 11]),
        (CardName.Nullification, S, [11]),
        (CardName.Nullification, C, [12, 13]),
        (CardName.Nullification, D, [12]),
        (CardName.SavageAssault, S, [7, 13]),
        (CardName.SavageAssault, C, [7]),
        (CardName.ArcheryAttack, H, [1]),
        (CardName.GodSalvation, H, [1]),
        (CardName.AmazingGrace, H, [3, 4]),
        (CardName.Lightning, S, [1]),
        (CardName.Lightning, H, [12]),
        (CardName.Indulgence, S, [6]),
        (CardName.Indulgence, H, [6]),
        (CardName.Indulgence, C, [6]),
        (CardName.Crossbow, C, [1]),
        (CardName.Crossbow, D, [1]),
        (CardName.QinggangSword, S, [6]),
        (CardName.IceSword, S, [2]),
        (CardName.DoubleSwords, S, [2]),
        (CardName.Blade, S, [5]),
        (CardName.Spear, S, [12]),
        (CardName.Axe, D, [5]),
        (CardName.Halberd, D, [12]),
        (CardName.KylinBow, H, [5]),
        (CardName.EightDiagram, S, [2]),
        (CardName.EightDiagram, C, [2]),
        (CardName.NiohShield, C, [2]),
        (CardName.Dilu, C, [5]),
        (CardName.Jueying, S, [5]),
        (CardName.Zhuahuangfeidian, H, [13]),
        (CardName.Chitu, H, [5]),
        (CardName.Dayuan, S, [13]),
        (CardName.Zixing, D, [13]),
    ];

    private static readonly (CardName Name, Suit Suit, int[] Numbers)[] ManeuveringSpec =
    [
        (CardName.ThunderSlash, S, [4, 5, 6, 7, 8]),
        (CardName.ThunderSlash, C, [5, 6, 7, 8]),
        (CardName.FireSlash, H, [4, 7, 10]),
        (CardName.FireSlash, D, [4, 5]),
        (CardName.Analeptic, S, [3, 9]),
        (CardName.Analeptic, C, [3, 9]),
        (CardName.Analeptic, D, [9]),
        (CardName.Jink, H, [8, 9, 11, 12]),
        (CardName.Jink, D, [6, 7, 8, 10, 11]),
        (CardName.Peach, H, [5, 6]),
        (CardName.Peach, D, [2, 3]),
        (CardName.IronChain, S, [11, 12]),
        (CardName.IronChain, C, [10, 11, 12, 13]),
        (CardName.FireAttack, H, [2, 3]),
        (CardName.FireAttack, D, [12]),
        (CardName.Nullification, S, [13]),
        (CardName.Nullification, H, [1, 13]),
        (CardName.SupplyShortage, S, [10]),
        (CardName.SupplyShortage, C, [4]),
        (CardName.GudingBlade, S, [1]),
        (CardName.Fan, D, [1]),
        (CardName.Vine, S, [2]),
        (CardName.Vine, C, [2]),
        (CardName.SilverLion, C, [1]),
        (CardName.Hualiu, D, [13]),
    ];

    /// <summary>All 160 cards; a card's id is its index.</summary>
    public static ImmutableArray<Card> All { get; } = Build();

    /// <summary>The deck for a table: the first 108 cards, or all 160 with 军争.</summary>
    public static ImmutableArray<Card> Deck(bool withManeuvering) =>
        withManeuvering ? All : All.RemoveRange(StandardCount, FullCount - StandardCount);

    private static ImmutableArray<Card> Build()
    {
        var cards = ImmutableArray.CreateBuilder<Card>(FullCount);
        foreach (var (name, suit, numbers) in StandardSpec.Concat(ManeuveringSpec))
        {
            foreach (var n in numbers)
            {
                cards.Add(new Card(cards.Count, name, suit, n));
            }
        }

        return cards.MoveToImmutable();
    }
}
