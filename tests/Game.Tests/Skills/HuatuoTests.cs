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

    [Fact]
    public void Smart_ai_huatuo_slashes_before_healing_and_heals_with_the_card_left()
    {
        var s = Scenario.Start([[Slash, Jink]], mode: Modes.GameMode.Doubles, heroes: ["huatuo"]);
        s.KeepOnly(0, Slash, Jink);
        s.SetHp(0, 2);

        var first = SkillAi.Decide(s, 0);
        Assert.Null(first.Option);
        Assert.Equal(Slash, s.Engine.CardOf(first.Cards[0]).Name);
        Scenario.Ok(s.Engine.Submit(first));
        while (s.Engine.PendingFor(0) is not { Kind: RequestKind.Play })
        {
            var other = s.Engine.Pending.First(r => s.Engine.PendingFor(r.Seat) is not null);
            Scenario.Ok(s.Engine.Submit(Flow.GameEngine.DefaultDecision(other)));
        }

        var heal = SkillAi.Decide(s, 0);
        Assert.Equal("qingnang", heal.Option);
        Assert.Equal(Jink, s.Engine.CardOf(heal.Cards[0]).Name);
    }
}

