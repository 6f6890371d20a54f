using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Zones;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests;

/// <summary>借刀杀人: the weapon holder's own weapon applies to the 杀 it is made to use.</summary>
public class CollateralWeaponTests
{
    [Fact]
    public void A_spear_holder_without_a_slash_may_answer_with_two_hand_cards()
    {
        var s = Scenario.Start([[Collateral], []]);
        s.Equip(1, Spear);
        s.Use(0, Collateral, 1, 2);
        var request = s.Req(1);
        Assert.Equal("collateral", request.Reason);
        Assert.Empty(request.Cards);
        Assert.Contains("spear", request.Options);

        int[] paid = [.. s.P(1).Hand.Take(2)];
        s.UseAs(1, "spear", paid);

        Assert.Equal(s.P(2).MaxHp - 1, s.P(2).Hp);
        Assert.All(paid, c => Assert.Equal(ZoneKind.DiscardPile, s.Engine.Locations[c].Zone));
        Assert.Equal(Spear, s.Engine.CardOf(s.P(1).EquipOf(EquipSlot.Weapon)).Name);
    }

    [Fact]
    public void A_spear_holder_who_declines_gives_the_weapon_away()
    {
        var s = Scenario.Start([[Collateral], []]);
        s.Equip(1, Spear);
        var spear = s.P(1).EquipOf(EquipSlot.Weapon);
        s.Use(0, Collateral, 1, 2);
        s.Pass(1);

        Assert.Equal(new CardLocation(ZoneKind.Hand, 0), s.Engine.Locations[spear]);
    }

    [Fact]
    public void A_fan_holder_may_turn_the_forced_slash_into_a_fire_slash()
    {
        var s = Scenario.Start([[Collateral], [Slash]], mode: GameMode.Identity8);
        s.Equip(1, Fan);
        s.Use(0, Collateral, 1, 2);
        s.Respond(1, Slash);
        Assert.Equal("fan", s.Req(1).Reason);
        s.Choose(1, "fan");

        var damage = s.Engine.AllEvents.Last(e => e.Kind == EventKind.Damaged);
        Assert.Equal((2, nameof(DamageElement.Fire)), (damage.Target, damage.Text));
        Assert.Equal(FireSlash, s.Engine.AllEvents.Last(e => e.Kind == EventKind.CardUsed).Name);
    }

    [Fact]
    public void A_fan_holder_who_declines_deals_normal_damage()
    {
        var s = Scenario.Start([[Collateral], [Slash]], mode: GameMode.Identity8);
        s.Equip(1, Fan);
        s.Use(0, Collateral, 1, 2);
        s.Respond(1, Slash);
        s.Pass(1);

        var damage = s.Engine.AllEvents.Last(e => e.Kind == EventKind.Damaged);
        Assert.Equal((2, nameof(DamageElement.Normal)), (damage.Target, damage.Text));
    }
}
