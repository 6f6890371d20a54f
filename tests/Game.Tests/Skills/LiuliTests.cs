using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Skills;
using SanguoOrleans.Game.Zones;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

public class LiuliTests
{
    [Fact]
    public void Liuli_discards_a_card_to_move_the_slash_to_a_player_in_attack_range()
    {
        var s = Scenario.Start([[Slash]], heroes: ["", "daqiao"]);
        s.Use(0, Slash, 1);
        var ask = s.Req(1);
        Assert.Equal((RequestKind.ChooseOption, "liuli"), (ask.Kind, ask.Reason));
        Assert.Equal([SeatOption.Of(2)], ask.Options);
        s.Choose(1, SeatOption.Of(2));
        var pay = s.Req(1).Cards[0];
        s.Pick(1, pay);
        Assert.Equal(ZoneKind.DiscardPile, s.Engine.Locations[pay].Zone);
        Assert.Equal((s.P(1).MaxHp, s.P(2).MaxHp - 1), (s.P(1).Hp, s.P(2).Hp));
        Assert.Contains(s.Engine.AllEvents, e => e.Kind == EventKind.TargetChanged && e.Seat == 1 && e.Target == 2);
    }

    [Fact]
    public void Liuli_cannot_move_a_halberd_slash_onto_another_of_its_targets()
    {
        var s = Scenario.Start([[Slash]], heroes: ["", "daqiao"]);
        s.Equip(0, Halberd);
        s.Equip(1, IceSword);
        s.KeepOnly(0, Slash);
        s.Use(0, Slash, 1, 2);
        var ask = s.Req(1);
        Assert.Equal("liuli", ask.Reason);
        Assert.Equal([SeatOption.Of(3), SeatOption.Of(4)], ask.Options);
        s.Choose(1, SeatOption.Of(3));

        // The weapon keeps seat 3 in range, so it cannot pay for the move.
        var cards = s.Req(1).Cards;
        Assert.DoesNotContain(s.P(1).EquipOf(Cards.EquipSlot.Weapon), cards);
        s.Pick(1, cards[0]);
        Assert.Equal((s.P(1).MaxHp, s.P(2).MaxHp - 1, s.P(3).MaxHp - 1), (s.P(1).Hp, s.P(2).Hp, s.P(3).Hp));
    }

    [Fact]
    public void Liuli_declined_keeps_the_slash_on_its_target()
    {
        var s = Scenario.Start([[Slash]], heroes: ["", "daqiao"]);
        s.Use(0, Slash, 1);
        s.Pass(1);
        Assert.Equal(s.P(1).MaxHp - 1, s.P(1).Hp);
    }

    [Fact]
    public void Liuli_moves_the_slash_before_tieqi_judges_so_tieqi_applies_to_the_new_target()
    {
        var s = Scenario.Start([[Slash], [], [Jink]], [ExNihilo, ExNihilo, new PileCard(Peach, Cards.Suit.Heart)], heroes: ["machao", "daqiao"]);
        s.Use(0, Slash, 1);
        s.Choose(1, SeatOption.Of(2));
        s.Pick(1, s.Req(1).Cards[0]);
        var tieqi = s.Req(0);
        Assert.Equal(("skill:tieqi", 2), (tieqi.Reason, tieqi.Subject));
        s.Choose(0, "invoke");
        Assert.Equal((s.P(1).MaxHp, s.P(2).MaxHp - 1), (s.P(1).Hp, s.P(2).Hp));
        Assert.Contains(s.Card(2, Jink), s.P(2).Hand);
    }

    [Fact]
    public void Smart_ai_does_not_move_a_slash_onto_a_player_it_does_not_know_as_an_enemy()
    {
        var s = Scenario.Start([[Slash]], heroes: ["", "daqiao"]);
        s.Use(0, Slash, 1);
        Assert.Equal("liuli", s.Req(1).Reason);
        Assert.True(SkillAi.Decide(s, 1).Pass);
    }
}
