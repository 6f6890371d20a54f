using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

public class HuatuoTests
{
    [Fact]
    public void Jijiu_saves_a_dying_player_with_a_red_card_outside_huatuos_turn()
    {
        var s = Scenario.Start([[Duel]], heroes: ["", "", "huatuo"]);
        var red = s.GiveCard(2, Jink, Suit.Heart);
        s.SetHp(1, 1);
        s.Use(0, Duel, 1);
        s.PassAllNullifications();

        Assert.Equal(RequestKind.Peach, s.Req(2).Kind);
        Scenario.Ok(s.Invoke(2, "jijiu", [red]));

        Assert.True(s.P(1).Alive);
        Assert.Equal(1, s.P(1).Hp);
    }

    [Fact]
    public void Jijiu_is_not_offered_in_huatuos_own_turn()
    {
        var s = Scenario.Start([[Duel]], heroes: ["huatuo"]);
        s.GiveCard(0, Jink, Suit.Heart);
        s.SetHp(1, 1);
        s.Use(0, Duel, 1);
        s.PassAllNullifications();

        Assert.False(s.P(1).Alive);
    }

    [Fact]
    public void Qingnang_discards_a_hand_card_to_heal_a_wounded_character_once_per_phase()
    {
        var s = Scenario.Start([[]], heroes: ["huatuo"]);
        s.SetHp(1, 2);
        var card = s.P(0).Hand[0];
        Assert.DoesNotContain(2, s.SkillOption(0, "qingnang").Targets);

        Scenario.Ok(s.Invoke(0, "qingnang", [card], 1));

        Assert.Equal(3, s.P(1).Hp);
        Assert.DoesNotContain(card, s.P(0).Hand);
        Assert.False(s.Offers(0, "qingnang"));
    }
}
