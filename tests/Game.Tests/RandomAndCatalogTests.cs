using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Random;

namespace SanguoOrleans.Game.Tests;

public class RandomAndCatalogTests
{
    [Fact]
    public void Generator_matches_the_reference_xoshiro256starstar_sequence()
    {
        var zero = new Xoshiro256StarStar(0);
        Assert.Equal(0x99ec5f36cb75f2b4UL, zero.NextUInt64());
        Assert.Equal(0xbf6e1f784956452aUL, zero.NextUInt64());
        Assert.Equal(0x1a5f849d4933e6e0UL, zero.NextUInt64());
        var other = new Xoshiro256StarStar(12345);
        Assert.Equal(0xbe6a36374160d49bUL, other.NextUInt64());
        Assert.Equal(0x214aaa0637a688c6UL, other.NextUInt64());
    }

    [Fact]
    public void Bounded_integers_stay_in_range_and_cover_it()
    {
        var rng = new Xoshiro256StarStar(9);
        var seen = new int[7];
        for (var i = 0; i < 7000; i++)
        {
            seen[rng.NextInt(7)]++;
        }

        Assert.All(seen, n => Assert.InRange(n, 850, 1150));
    }

    [Fact]
    public void Full_deck_has_160_cards_108_standard_and_52_maneuvering()
    {
        Assert.Equal(160, CardCatalog.All.Length);
        Assert.Equal(108, CardCatalog.Deck(false).Length);
        Assert.Equal(Enumerable.Range(0, 160), CardCatalog.All.Select(c => c.Id));
        var standard = CardCatalog.All.Take(108).ToList();
        Assert.All(Enum.GetValues<Suit>(), s => Assert.Equal(27, standard.Count(c => c.Suit == s)));
        var triples = standard.GroupBy(c => (c.Suit, c.Number)).Where(g => g.Count() == 3).Select(g => g.Key).Order().ToList();
        Assert.Equal([(Suit.Spade, 2), (Suit.Heart, 12), (Suit.Club, 2), (Suit.Diamond, 12)], triples);
        Assert.All(standard.GroupBy(c => (c.Suit, c.Number)), g => Assert.InRange(g.Count(), 2, 3));
        var maneuvering = CardCatalog.All.Skip(108).ToList();
        Assert.Equal(52, maneuvering.Select(c => (c.Suit, c.Number)).Distinct().Count());
    }

    [Theory]
    [InlineData(CardName.Slash, 30 + 0, 30)]
    [InlineData(CardName.Jink, 15, 24)]
    [InlineData(CardName.Peach, 8, 12)]
    [InlineData(CardName.Nullification, 4, 7)]
    [InlineData(CardName.Analeptic, 0, 5)]
    [InlineData(CardName.ThunderSlash, 0, 9)]
    [InlineData(CardName.FireSlash, 0, 5)]
    [InlineData(CardName.IronChain, 0, 6)]
    [InlineData(CardName.Dismantlement, 6, 6)]
    [InlineData(CardName.Snatch, 5, 5)]
    [InlineData(CardName.Indulgence, 3, 3)]
    [InlineData(CardName.Lightning, 2, 2)]
    [InlineData(CardName.SupplyShortage, 0, 2)]
    [InlineData(CardName.Vine, 0, 2)]
    [InlineData(CardName.EightDiagram, 2, 2)]
    public void Card_counts_match_the_rules_tables(CardName name, int standard, int full)
    {
        Assert.Equal(standard, CardCatalog.Deck(false).Count(c => c.Name == name));
        Assert.Equal(full, CardCatalog.All.Count(c => c.Name == name));
    }

    [Fact]
    public void Card_types_add_up_to_the_rules_subtotals()
    {
        var std = CardCatalog.Deck(false);
        Assert.Equal(53, std.Count(c => CardRules.TypeOf(c.Name) == CardType.Basic));
        Assert.Equal(31, std.Count(c => CardRules.TypeOf(c.Name) == CardType.Trick));
        Assert.Equal(5, std.Count(c => CardRules.TypeOf(c.Name) == CardType.DelayedTrick));
        Assert.Equal(19, std.Count(c => CardRules.TypeOf(c.Name) == CardType.Equipment));
        var mn = CardCatalog.All.Skip(108).ToList();
        Assert.Equal(32, mn.Count(c => CardRules.TypeOf(c.Name) == CardType.Basic));
        Assert.Equal(12, mn.Count(c => CardRules.TypeOf(c.Name) == CardType.Trick));
        Assert.Equal(2, mn.Count(c => CardRules.TypeOf(c.Name) == CardType.DelayedTrick));
        Assert.Equal(6, mn.Count(c => CardRules.TypeOf(c.Name) == CardType.Equipment));
    }
}
