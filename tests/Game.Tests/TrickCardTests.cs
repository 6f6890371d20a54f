using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Zones;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests;

public class TrickCardTests
{
    [Fact]
    public void Dismantlement_discards_the_chosen_equipment_of_another_player()
    {
        var s = Scenario.Start([[Dismantlement]]);
        s.Equip(2, EightDiagram);
        s.Use(0, Dismantlement, 2);
        var armor = s.P(2).EquipOf(EquipSlot.Armor);
        Assert.Contains(armor, s.Req(0).Cards);
        s.Pick(0, armor);
        Assert.Equal(-1, s.P(2).EquipOf(EquipSlot.Armor));
        Assert.Equal(ZoneKind.DiscardPile, s.Engine.Locations[armor].Zone);
    }

    [Fact]
    public void Snatch_reaches_only_distance_one_and_takes_a_random_hand_card()
    {
        var s = Scenario.Start([[Snatch], [Peach]]);
        var option = s.Req(0).Plays.Single(p => p.As == Snatch);
        Assert.Equal([1, 4], option.Targets.Order());
        var before = s.P(1).Hand.Count;
        s.Use(0, Snatch, 1);
        s.Choose(0, "hand");
        Assert.Equal(before - 1, s.P(1).Hand.Count);
        Assert.Equal(4 + 2, s.P(0).Hand.Count); // 4 dealt + 2 drawn − snatch + stolen card
    }

    [Fact]
    public void Duel_alternates_slashes_target_first_and_the_first_who_stops_takes_damage()
    {
        var s = Scenario.Start([[Duel, Slash], [Slash]]);
        s.Use(0, Duel, 1);
        s.Respond(1, Slash);
        s.Respond(0, Slash);
        Assert.Equal(s.P(1).MaxHp - 1, s.P(1).Hp); // seat 1 had no second 杀, so no request
        Assert.Equal(s.P(0).MaxHp, s.P(0).Hp);
    }

    [Fact]
    public void Collateral_holder_who_refuses_to_slash_gives_the_weapon_to_the_user()
    {
        var s = Scenario.Start([[Collateral], [Slash]]);
        s.Equip(1, Blade);
        var weapon = s.P(1).EquipOf(EquipSlot.Weapon);
        var option = s.Req(0).Plays.Single(p => p.As == Collateral);
        Assert.Contains(1, option.Targets);
        s.Use(0, Collateral, 1, 2);
        Assert.Equal("collateral", s.Req(1).Reason);
        s.Pass(1);
        Assert.Equal(new CardLocation(ZoneKind.Hand, 0), s.Engine.Locations[weapon]);
    }

    [Fact]
    public void Collateral_holder_may_slash_the_named_victim_instead()
    {
        var s = Scenario.Start([[Collateral], [Slash]]);
        s.Equip(1, Blade);
        s.Use(0, Collateral, 1, 2);
        s.Respond(1, Slash);
        Assert.Equal(s.P(2).MaxHp - 1, s.P(2).Hp);
        Assert.NotEqual(-1, s.P(1).EquipOf(EquipSlot.Weapon));
    }

    [Fact]
    public void Ex_nihilo_draws_two()
    {
        var s = Scenario.Start([[ExNihilo]]);
        var before = s.P(0).Hand.Count;
        s.Use(0, ExNihilo);
        Assert.Equal(before + 1, s.P(0).Hand.Count);
    }

    [Fact]
    public void Nullification_cancels_a_trick_and_a_counter_nullification_restores_it()
    {
        var s = Scenario.Start([[ExNihilo, Nullification], [Nullification]]);
        var before = s.P(0).Hand.Count;
        s.Use(0, ExNihilo);
        var race = s.Engine.Pending;
        Assert.Equal(RequestMode.Race, race[0].Mode);
        Assert.Equal([0, 1], race.Select(r => r.Seat).Order());
        Assert.All(race, r => Assert.Equal([r.Seat], r.Players));
        Assert.Single(race.Select(r => r.Id).Distinct());
        s.Respond(1, Nullification);
        // New window against seat 1's nullification: only seat 0 still holds one.
        Assert.Equal(1, s.Req(0).Depth);
        s.Respond(0, Nullification);
        Assert.Equal(before - 2 + 2, s.P(0).Hand.Count);
    }

    [Fact]
    public void An_unanswered_nullification_cancels_the_effect()
    {
        var s = Scenario.Start([[ExNihilo], [Nullification]]);
        var before = s.P(0).Hand.Count;
        s.Use(0, ExNihilo);
        s.Respond(1, Nullification);
        Assert.Equal(before - 1, s.P(0).Hand.Count);
    }

    [Fact]
    public void Nullification_race_ends_when_everyone_passes()
    {
        var s = Scenario.Start([[ExNihilo, Nullification], [Nullification]]);
        var before = s.P(0).Hand.Count;
        s.Use(0, ExNihilo);
        s.Pass(1);
        Assert.Null(s.Engine.PendingFor(1));
        s.Pass(0);
        Assert.Equal(before + 1, s.P(0).Hand.Count);
    }

    [Fact]
    public void Savage_assault_damages_everyone_else_who_plays_no_slash()
    {
        var s = Scenario.Start([[SavageAssault], [Slash]]);
        s.Use(0, SavageAssault);
        s.Respond(1, Slash);
        Assert.Equal(s.P(1).MaxHp, s.P(1).Hp);
        for (var seat = 2; seat < 5; seat++)
        {
            Assert.Equal(s.P(seat).MaxHp - 1, s.P(seat).Hp);
        }

        Assert.Equal(s.P(0).MaxHp, s.P(0).Hp);
    }

    [Fact]
    public void Archery_attack_damages_everyone_else_who_plays_no_jink()
    {
        var s = Scenario.Start([[ArcheryAttack], [], [Jink]]);
        s.Use(0, ArcheryAttack);
        s.Respond(2, Jink);
        Assert.Equal(s.P(1).MaxHp - 1, s.P(1).Hp);
        Assert.Equal(s.P(2).MaxHp, s.P(2).Hp);
    }

    [Fact]
    public void God_salvation_heals_every_wounded_player()
    {
        var s = Scenario.Start([[GodSalvation]]);
        s.SetHp(0, 2);
        s.SetHp(3, 1);
        s.Use(0, GodSalvation);
        Assert.Equal(3, s.P(0).Hp);
        Assert.Equal(2, s.P(3).Hp);
        Assert.Equal(s.P(1).MaxHp, s.P(1).Hp);
    }

    [Fact]
    public void Amazing_grace_reveals_one_card_per_player_and_each_takes_one_in_order()
    {
        var s = Scenario.Start([[AmazingGrace]]);
        var hands = s.Engine.Players.Select(p => p.Hand.Count).ToArray();
        s.Use(0, AmazingGrace);
        for (var seat = 0; seat < 5; seat++)
        {
            var r = s.Req(seat);
            Assert.Equal(5 - seat, r.Cards.Count);
            s.Pick(seat, r.Cards[0]);
        }

        Assert.Equal(hands[0], s.P(0).Hand.Count); // used one, took one
        Assert.All(Enumerable.Range(1, 4), seat => Assert.Equal(hands[seat] + 1, s.P(seat).Hand.Count));
        Assert.Empty(s.Engine.Processing);
    }

    [Fact]
    public void Iron_chain_recast_discards_it_and_draws_one()
    {
        var s = Scenario.Start([[IronChain]], mode: GameMode.Identity8);
        var chain = s.Card(0, IronChain);
        var count = s.P(0).Hand.Count;
        s.UseAs(0, "recast", [chain]);
        Assert.Equal(count, s.P(0).Hand.Count);
        Assert.Equal(ZoneKind.DiscardPile, s.Engine.Locations[chain].Zone);
    }

    [Fact]
    public void Fire_damage_to_a_chained_player_passes_to_every_other_chained_player()
    {
        var s = Scenario.Start([[IronChain, FireSlash]], mode: GameMode.Identity8);
        s.Use(0, IronChain, 1, 3);
        Assert.True(s.P(1).Chained && s.P(3).Chained);
        s.Use(0, FireSlash, 1);
        Assert.Equal(s.P(1).MaxHp - 1, s.P(1).Hp);
        Assert.Equal(s.P(3).MaxHp - 1, s.P(3).Hp);
        Assert.False(s.P(1).Chained || s.P(3).Chained);
    }

    [Fact]
    public void Normal_damage_does_not_pass_along_the_chain()
    {
        var s = Scenario.Start([[IronChain, Slash]], mode: GameMode.Identity8);
        s.Use(0, IronChain, 1, 3);
        s.Use(0, Slash, 1);
        Assert.Equal(s.P(3).MaxHp, s.P(3).Hp);
        Assert.True(s.P(1).Chained);
    }

    [Fact]
    public void Fire_attack_deals_fire_damage_when_the_user_discards_a_card_of_the_shown_suit()
    {
        var s = Scenario.Start([[FireAttack, Peach], [Jink]], mode: GameMode.Identity8);
        s.Use(0, FireAttack, 1);
        var shown = s.Req(1);
        Assert.Equal("fire_attack_show", shown.Reason);
        s.Pick(1, s.Card(1, Jink));
        var suit = s.Engine.CardOf(s.P(1).Hand.Concat(s.Engine.AllEvents.Where(e => e.Text == "show").SelectMany(e => e.Cards!)).Last()).Suit;
        var pay = s.Req(0);
        Assert.All(pay.Cards, c => Assert.Equal(suit, s.Engine.CardOf(c).Suit));
        s.Pick(0, pay.Cards[0]);
        Assert.Equal(s.P(1).MaxHp - 1, s.P(1).Hp);
    }
}

public class ElementAndHpTests
{
    [Fact]
    public void Thunder_damage_also_passes_along_the_chain_from_the_current_player()
    {
        var s = Scenario.Start([[IronChain, ThunderSlash]], mode: GameMode.Identity8);
        s.Use(0, IronChain, 0, 1);
        s.Use(0, ThunderSlash, 1);
        Assert.Equal(s.P(1).MaxHp - 1, s.P(1).Hp);
        Assert.Equal(s.P(0).MaxHp - 1, s.P(0).Hp);
        var damaged = s.Engine.AllEvents.Where(e => e.Kind == Events.EventKind.Damaged).Select(e => (e.Target, e.Text)).ToList();
        Assert.Equal([(1, "Thunder"), (0, "Thunder")], damaged);
    }

    [Fact]
    public void Double_swords_target_may_discard_a_hand_card_instead()
    {
        var s = Scenario.Start([[DoubleSwords, Slash]]);
        s.Use(0, DoubleSwords);
        s.P(1).Hero = Heroes.HeroCatalog.Get("daqiao");
        var hand = s.P(1).Hand.Count;
        s.Use(0, Slash, 1);
        s.Choose(0, "double_swords");
        s.Pick(1, s.P(1).Hand[0]);
        Assert.Equal(hand - 1, s.P(1).Hand.Count);
    }
}

public class NullificationScopeTests
{
    [Fact]
    public void Nullifying_savage_assault_protects_only_that_one_target()
    {
        var s = Scenario.Start([[SavageAssault], [Nullification]]);
        s.Use(0, SavageAssault);
        Assert.Equal(1, s.Req(1).Subject);
        s.Respond(1, Nullification);
        Assert.Equal(s.P(1).MaxHp, s.P(1).Hp);
        Assert.All([2, 3, 4], t => Assert.Equal(s.P(t).MaxHp - 1, s.P(t).Hp));
    }

    [Fact]
    public void God_salvation_asks_for_no_nullification_on_healthy_players()
    {
        var s = Scenario.Start([[GodSalvation], [Nullification]]);
        s.SetHp(3, 2);
        s.Use(0, GodSalvation);
        var ask = s.Req(1);
        Assert.Equal(RequestKind.Nullify, ask.Kind);
        Assert.Equal(3, ask.Subject);
        s.Pass(1);
        Assert.Equal(3, s.P(3).Hp);
        Assert.DoesNotContain(s.Engine.Pending, r => r.Kind == RequestKind.Nullify);
    }
}
