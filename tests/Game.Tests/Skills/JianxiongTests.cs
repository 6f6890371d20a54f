using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Zones;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

public class JianxiongTests
{
    [Fact]
    public void Jianxiong_obtains_the_slash_that_dealt_the_damage()
    {
        var s = Scenario.Start([[Slash]], heroes: ["", "caocao"]);
        var slash = s.Card(0, Slash);
        s.Use(0, Slash, 1);
        Assert.Equal("skill:jianxiong", s.Req(1).Reason);
        s.Choose(1, "invoke");
        Assert.Equal(new CardLocation(ZoneKind.Hand, 1), s.Engine.Locations[slash]);
        Assert.Equal(RequestKind.Play, s.Req(0).Kind);
    }

    [Fact]
    public void Jianxiong_declined_leaves_the_card_to_the_discard_pile()
    {
        var s = Scenario.Start([[Slash]], heroes: ["", "caocao"]);
        var slash = s.Card(0, Slash);
        s.Use(0, Slash, 1);
        s.Pass(1);
        Assert.Equal(ZoneKind.DiscardPile, s.Engine.Locations[slash].Zone);
    }

    [Fact]
    public void Jianxiong_obtains_both_cards_of_a_spear_slash()
    {
        var s = Scenario.Start([[Peach, Jink]], heroes: ["", "caocao"]);
        s.Equip(0, Spear);
        int[] pair = [s.Card(0, Peach), s.Card(0, Jink)];
        s.UseAs(0, "spear", pair, 1);
        s.Choose(1, "invoke");
        Assert.All(pair, c => Assert.Equal(new CardLocation(ZoneKind.Hand, 1), s.Engine.Locations[c]));
    }
}
