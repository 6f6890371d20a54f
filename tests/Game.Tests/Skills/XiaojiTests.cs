using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

public class XiaojiTests
{
    [Fact]
    public void Xiaoji_draws_two_after_losing_an_equipment_card()
    {
        var s = Scenario.Start([[Dismantlement]], heroes: ["", "sunshangxiang"]);
        s.Equip(1, EightDiagram);
        var armor = s.P(1).EquipOf(EquipSlot.Armor);
        var hand = s.P(1).Hand.Count;
        s.Use(0, Dismantlement, 1);
        s.Pick(0, armor);
        Assert.Equal("skill:xiaoji", s.Req(1).Reason);
        s.Choose(1, "invoke");
        Assert.Equal(hand + 2, s.P(1).Hand.Count);
        Assert.Equal(RequestKind.Play, s.Req(0).Kind);
    }

    [Fact]
    public void Xiaoji_does_not_trigger_on_a_hand_card_loss()
    {
        var s = Scenario.Start([[Dismantlement]], heroes: ["", "sunshangxiang"]);
        s.Use(0, Dismantlement, 1);
        s.Choose(0, "hand");
        Assert.Equal(RequestKind.Play, s.Req(0).Kind);
    }

    [Fact]
    public void Xiaoji_draws_two_when_a_new_equipment_card_replaces_one()
    {
        var s = Scenario.Start([[EightDiagram]], heroes: ["sunshangxiang"]);
        s.Equip(0, NiohShield);
        var hand = s.P(0).Hand.Count;
        s.Use(0, EightDiagram);
        Assert.Equal("skill:xiaoji", s.Req(0).Reason);
        s.Choose(0, "invoke");
        Assert.Equal(hand - 1 + 2, s.P(0).Hand.Count);
    }
}
