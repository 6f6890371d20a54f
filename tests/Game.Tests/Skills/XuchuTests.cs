using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Modes;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

/// <summary>许褚: 裸衣.</summary>
public class XuchuTests
{
    private static Scenario BareChested(CardName[][] hands, bool invoke = true)
    {
        var s = Scenario.Start(hands, heroes: ["xuchu"]);
        Assert.Equal("skill:luoyi", s.Req(0).Reason);
        if (invoke)
        {
            s.Choose(0, "invoke");
        }
        else
        {
            s.Pass(0);
        }

        return s;
    }

    [Fact]
    public void Luoyi_draws_one_card_fewer()
    {
        var s = BareChested([[]]);
        Assert.Equal(RequestKind.Play, s.Req(0).Kind);
        Assert.Equal(4 + 1, s.P(0).Hand.Count);
    }

    [Fact]
    public void Luoyi_slash_deals_one_more()
    {
        var s = BareChested([[Slash]]);
        s.Use(0, Slash, 1);
        Assert.Equal(s.P(1).MaxHp - 2, s.P(1).Hp);
    }

    [Fact]
    public void Luoyi_declined_keeps_the_draw_and_the_damage()
    {
        var s = BareChested([[Slash]], invoke: false);
        Assert.Equal(4 + 2, s.P(0).Hand.Count);
        s.Use(0, Slash, 1);
        Assert.Equal(s.P(1).MaxHp - 1, s.P(1).Hp);
    }

    [Fact]
    public void Luoyi_duel_deals_one_more_when_xuchu_deals_the_damage()
    {
        var s = BareChested([[Duel]]);
        s.Use(0, Duel, 1);
        s.PassAllNullifications();
        Assert.Equal(s.P(1).MaxHp - 2, s.P(1).Hp);
    }

    [Fact]
    public void Luoyi_duel_lost_by_xuchu_deals_him_the_usual_one()
    {
        var s = BareChested([[Duel], [Slash]]);
        s.Use(0, Duel, 1);
        s.PassAllNullifications();
        s.Respond(1, Slash);
        Assert.Equal(s.P(0).MaxHp - 1, s.P(0).Hp);
        Assert.Equal(s.P(1).MaxHp, s.P(1).Hp);
    }

    [Fact]
    public void Luoyi_lasts_only_for_xuchus_turn()
    {
        var s = BareChested([[Slash], [Duel]]);
        s.EndPlay(0);
        s.Use(1, Duel, 0);
        s.PassAllNullifications();
        s.Respond(0, Slash);
        Assert.Equal(s.P(1).MaxHp - 1, s.P(1).Hp);
    }

    [Fact]
    public void Smart_ai_takes_luoyi_with_a_slash_and_an_enemy_in_reach()
    {
        var s = Scenario.Start([[], [Slash, Peach, Peach, Jink]], roles: Rebel1(), heroes: ["", "xuchu"]);
        s.EndPlay(0);
        var ask = s.Req(1);
        Assert.Equal("skill:luoyi", ask.Reason);
        Assert.False(new Ai.SmartAi(s.Engine.Settings).Decide(s.Engine, ask).Pass);
    }

    [Fact]
    public void Smart_ai_declines_luoyi_without_slash_or_duel()
    {
        var s = Scenario.Start([[], [Peach, Peach, Jink, Jink]], roles: Rebel1(), heroes: ["", "xuchu"]);
        s.EndPlay(0);
        var ask = s.Req(1);
        Assert.Equal("skill:luoyi", ask.Reason);
        Assert.True(new Ai.SmartAi(s.Engine.Settings).Decide(s.Engine, ask).Pass);
    }

    private static Role[] Rebel1() => [Role.Lord, Role.Rebel, Role.Loyalist, Role.Rebel, Role.Renegade];
}
