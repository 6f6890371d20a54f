using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Heroes;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Zones;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests;

public class EquipmentTests
{
    private static PileCard Black(CardName n) => new(n, Suit.Spade);

    [Fact]
    public void Nioh_shield_stops_a_black_slash_but_not_a_red_one()
    {
        var s = Scenario.Start([[Crossbow]], [Black(Slash), new PileCard(Slash, Suit.Heart)]);
        s.Use(0, Crossbow);
        s.Equip(1, NiohShield);
        var black = s.P(0).Hand.First(c => s.Engine.CardOf(c).Name == Slash && s.Engine.CardOf(c).Suit == Suit.Spade);
        var red = s.P(0).Hand.First(c => s.Engine.CardOf(c).Name == Slash && s.Engine.CardOf(c).Suit == Suit.Heart);
        s.UseAs(0, "use", [black], 1);
        Assert.Equal(s.P(1).MaxHp, s.P(1).Hp);
        s.UseAs(0, "use", [red], 1);
        Assert.Equal(s.P(1).MaxHp - 1, s.P(1).Hp);
    }

    [Fact]
    public void Qinggang_sword_ignores_the_targets_armor()
    {
        var s = Scenario.Start([[QinggangSword]], [Black(Slash)]);
        s.Use(0, QinggangSword);
        s.Equip(1, NiohShield);
        s.Use(0, Slash, 1);
        Assert.Equal(s.P(1).MaxHp - 1, s.P(1).Hp);
    }

    [Fact]
    public void Vine_stops_normal_slashes_and_savage_assault_but_fire_hurts_one_more()
    {
        var s = Scenario.Start([[Crossbow, Slash, FireSlash, SavageAssault]], mode: GameMode.Identity8);
        s.Use(0, Crossbow);
        s.Equip(1, Vine);
        s.Use(0, Slash, 1);
        s.Use(0, SavageAssault);
        Assert.Equal(s.P(1).MaxHp, s.P(1).Hp);
        s.Use(0, FireSlash, 1);
        Assert.Equal(s.P(1).MaxHp - 2, s.P(1).Hp);
    }

    [Fact]
    public void Silver_lion_caps_damage_at_one_and_heals_when_it_leaves()
    {
        var s = Scenario.Start([[Analeptic, Slash, Dismantlement]], mode: GameMode.Identity8);
        s.Equip(1, SilverLion);
        s.Use(0, Analeptic);
        s.Use(0, Slash, 1);
        Assert.Equal(s.P(1).MaxHp - 1, s.P(1).Hp);
        s.Use(0, Dismantlement, 1);
        s.Pick(0, s.P(1).EquipOf(EquipSlot.Armor));
        Assert.Equal(s.P(1).MaxHp, s.P(1).Hp);
    }

    [Fact]
    public void Eight_diagram_red_judgement_counts_as_a_jink()
    {
        var s = Scenario.Start([[Slash]], [ExNihilo, ExNihilo, new PileCard(Peach, Suit.Heart)]);
        s.Equip(1, EightDiagram);
        s.Use(0, Slash, 1);
        Assert.Contains("eight_diagram", s.Req(1).Options);
        s.Choose(1, "eight_diagram");
        Assert.Equal(s.P(1).MaxHp, s.P(1).Hp);
    }

    [Fact]
    public void Eight_diagram_black_judgement_still_allows_a_real_jink()
    {
        var s = Scenario.Start([[Slash], [Jink]], [ExNihilo, ExNihilo, Black(Slash)]);
        s.Equip(1, EightDiagram);
        s.Use(0, Slash, 1);
        s.Choose(1, "eight_diagram");
        Assert.DoesNotContain("eight_diagram", s.Req(1).Options);
        s.Respond(1, Jink);
        Assert.Equal(s.P(1).MaxHp, s.P(1).Hp);
    }

    [Fact]
    public void Ice_sword_may_prevent_the_damage_and_discard_two_cards_instead()
    {
        var s = Scenario.Start([[IceSword, Slash]]);
        s.Use(0, IceSword);
        var cards = s.P(1).Hand.Count;
        s.Use(0, Slash, 1);
        s.Choose(0, "ice_sword");
        s.Choose(0, "hand");
        s.Choose(0, "hand");
        Assert.Equal(s.P(1).MaxHp, s.P(1).Hp);
        Assert.Equal(cards - 2, s.P(1).Hand.Count);
    }

    [Fact]
    public void Double_swords_against_the_other_gender_lets_the_user_draw_when_the_target_keeps_their_cards()
    {
        var s = Scenario.Start([[DoubleSwords, Slash]]);
        s.Use(0, DoubleSwords);
        s.P(1).Hero = HeroCatalog.Get("diaochan");
        var hand = s.P(0).Hand.Count;
        s.Use(0, Slash, 1);
        s.Choose(0, "double_swords");
        Assert.Equal("double_swords", s.Req(1).Reason);
        s.Pass(1);
        Assert.Equal(hand, s.P(0).Hand.Count); // −杀 +1 drawn
    }

    [Fact]
    public void Blade_follows_a_dodged_slash_with_another()
    {
        var s = Scenario.Start([[Blade, Slash, Slash], [Jink]]);
        s.Use(0, Blade);
        s.Use(0, Slash, 1);
        s.Respond(1, Jink);
        Assert.Equal("blade", s.Req(0).Reason);
        s.Respond(0, Slash);
        Assert.Equal(s.P(1).MaxHp - 1, s.P(1).Hp);
    }

    [Fact]
    public void Axe_forces_a_dodged_slash_to_hit_for_two_cards()
    {
        var s = Scenario.Start([[Axe, Slash], [Jink]]);
        s.Use(0, Axe);
        s.Use(0, Slash, 1);
        s.Respond(1, Jink);
        var pay = s.Req(0);
        Assert.Equal("axe", pay.Reason);
        Assert.DoesNotContain(s.P(0).EquipOf(EquipSlot.Weapon), pay.Cards);
        Scenario.Ok(s.Engine.Submit(Decision.With(pay, [.. pay.Cards.Take(2)])));
        Assert.Equal(s.P(1).MaxHp - 1, s.P(1).Hp);
    }

    [Fact]
    public void Spear_uses_two_hand_cards_as_a_slash()
    {
        var s = Scenario.Start([[Spear]]);
        s.Use(0, Spear);
        var two = s.P(0).Hand.Take(2).ToArray();
        s.UseAs(0, "spear", two, 1);
        Assert.Equal(s.P(1).MaxHp - 1, s.P(1).Hp);
        Assert.All(two, c => Assert.Equal(ZoneKind.DiscardPile, s.Engine.Locations[c].Zone));
    }

    [Fact]
    public void Halberd_lets_a_last_hand_card_slash_take_three_targets()
    {
        var s = Scenario.Start([[Halberd, Slash]]);
        s.Use(0, Halberd);
        s.KeepOnly(0, Slash);
        var option = s.Req(0).Plays.Single(p => p.As == Slash);
        Assert.Equal(3, option.MaxTargets);
        s.Use(0, Slash, 1, 2, 3);
        Assert.All([1, 2, 3], t => Assert.Equal(s.P(t).MaxHp - 1, s.P(t).Hp));
    }

    [Fact]
    public void Kylin_bow_discards_a_horse_of_the_damaged_target()
    {
        var s = Scenario.Start([[KylinBow, Slash]]);
        s.Use(0, KylinBow);
        s.Equip(1, Dilu);
        s.Use(0, Slash, 1);
        var horse = s.P(1).EquipOf(EquipSlot.DefensiveHorse);
        s.Pick(0, horse);
        Assert.Equal(ZoneKind.DiscardPile, s.Engine.Locations[horse].Zone);
    }

    [Fact]
    public void Guding_blade_adds_one_damage_against_an_empty_hand()
    {
        var s = Scenario.Start([[GudingBlade, Slash]], mode: GameMode.Identity8);
        s.Use(0, GudingBlade);
        s.Engine.Discard([.. s.P(1).Hand]);
        s.Use(0, Slash, 1);
        Assert.Equal(s.P(1).MaxHp - 2, s.P(1).Hp);
    }

    [Fact]
    public void Fan_turns_a_normal_slash_into_a_fire_slash()
    {
        var s = Scenario.Start([[Fan, Slash]], mode: GameMode.Identity8);
        s.Use(0, Fan);
        s.Equip(1, Vine);
        s.UseAs(0, "fan", [s.Card(0, Slash)], 1);
        Assert.Equal(s.P(1).MaxHp - 2, s.P(1).Hp);
        Assert.Contains(s.Engine.AllEvents, e => e.Kind == EventKind.Damaged && e.Text == "Fire");
    }

    [Fact]
    public void Horses_change_distances_and_weapons_set_the_attack_range()
    {
        var s = Scenario.Start([[]]);
        Assert.Equal(2, s.Engine.Distance(0, 2));
        s.Equip(0, Chitu);
        Assert.Equal(1, s.Engine.Distance(0, 2));
        s.Equip(2, Jueying);
        Assert.Equal(2, s.Engine.Distance(0, 2));
        Assert.Equal(2, s.Engine.Distance(2, 0));
        Assert.False(s.Engine.InAttackRange(0, 2));
        s.Equip(0, KylinBow);
        Assert.Equal(5, s.Engine.AttackRange(0));
        Assert.True(s.Engine.InAttackRange(0, 2));
    }

    [Fact]
    public void A_new_weapon_replaces_the_old_one_which_is_discarded()
    {
        var s = Scenario.Start([[Crossbow, Blade]]);
        s.Use(0, Crossbow);
        var old = s.P(0).EquipOf(EquipSlot.Weapon);
        s.Use(0, Blade);
        Assert.Equal(ZoneKind.DiscardPile, s.Engine.Locations[old].Zone);
        Assert.Equal(Blade, s.Engine.CardOf(s.P(0).EquipOf(EquipSlot.Weapon)).Name);
    }
}
