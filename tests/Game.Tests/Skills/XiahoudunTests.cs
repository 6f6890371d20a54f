using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

public class XiahoudunTests
{
    private static Scenario Slashed(Suit judgement)
    {
        var s = Scenario.Start([[Slash]], [ExNihilo, ExNihilo, new PileCard(judgement.IsRed() ? Jink : Slash, judgement)], heroes: ["", "xiahoudun"]);
        s.Use(0, Slash, 1);
        s.Choose(1, "invoke");
        return s;
    }

    [Fact]
    public void Ganglie_not_heart_lets_the_source_take_one_damage()
    {
        var s = Slashed(Suit.Diamond);
        var ask = s.Req(0);
        Assert.Equal((RequestKind.SelectCards, "ganglie", 2), (ask.Kind, ask.Reason, ask.MinCount));
        s.Pass(0);
        Assert.Equal(s.P(0).MaxHp - 1, s.P(0).Hp);
    }

    [Fact]
    public void Ganglie_not_heart_lets_the_source_discard_two_hand_cards_instead()
    {
        var s = Slashed(Suit.Spade);
        var hand = s.P(0).Hand.Count;
        s.Engine.Submit(Decision.With(s.Req(0), [.. s.P(0).Hand.Take(2)]));
        Assert.Equal((hand - 2, s.P(0).MaxHp), (s.P(0).Hand.Count, s.P(0).Hp));
    }

    [Fact]
    public void Ganglie_heart_has_no_effect()
    {
        var s = Slashed(Suit.Heart);
        Assert.Equal(RequestKind.Play, s.Req(0).Kind);
        Assert.Equal(s.P(0).MaxHp, s.P(0).Hp);
    }

    [Fact]
    public void Smart_ai_invokes_ganglie_against_an_enemy_source()
    {
        var s = Scenario.Start([[], [Slash]], roles: [Modes.Role.Lord, Modes.Role.Rebel, Modes.Role.Loyalist, Modes.Role.Rebel, Modes.Role.Renegade], heroes: ["xiahoudun"]);
        s.EndPlay(0);
        s.Use(1, Slash, 0);
        Assert.Equal("skill:ganglie", s.Req(0).Reason);
        Assert.False(SkillAi.Decide(s, 0).Pass);
    }

    [Fact]
    public void Smart_ai_declines_ganglie_against_its_lord()
    {
        var s = Scenario.Start([[Slash]], heroes: ["", "xiahoudun"]);
        s.Use(0, Slash, 1);
        Assert.Equal("skill:ganglie", s.Req(1).Reason);
        Assert.True(SkillAi.Decide(s, 1).Pass);
    }
}
