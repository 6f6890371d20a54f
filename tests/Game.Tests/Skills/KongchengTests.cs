using SanguoOrleans.Game.Cards;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

/// <summary>诸葛亮: 空城.</summary>
public class KongchengTests
{
    private static Scenario EmptyHandedZhugeliang(CardName[] lordHand, CardName[]? holderHand = null)
    {
        var s = Scenario.Start([lordHand, [], holderHand ?? []], heroes: ["", "zhugeliang"]);
        s.Engine.Discard([.. s.P(1).Hand]);
        s.Engine.RefreshPlayRequest();
        return s;
    }

    [Fact]
    public void Kongcheng_without_hand_cards_cannot_be_targeted_by_slash_or_duel()
    {
        var s = EmptyHandedZhugeliang([Slash, Duel, Dismantlement]);
        s.Equip(1, Crossbow);
        var plays = s.Req(0).Plays;
        Assert.DoesNotContain(1, plays.Single(p => p.As == Slash).Targets);
        Assert.DoesNotContain(1, plays.Single(p => p.As == Duel).Targets);
        Assert.Contains(1, plays.First(p => p.As == Dismantlement).Targets);
    }

    [Fact]
    public void Kongcheng_with_a_hand_card_can_be_targeted_again()
    {
        var s = EmptyHandedZhugeliang([Slash, Duel]);
        s.Give(1, Jink);
        var plays = s.Req(0).Plays;
        Assert.Contains(1, plays.Single(p => p.As == Slash).Targets);
        Assert.Contains(1, plays.Single(p => p.As == Duel).Targets);
    }

    [Fact]
    public void Kongcheng_without_hand_cards_is_no_legal_collateral_victim()
    {
        var s = EmptyHandedZhugeliang([Collateral]);
        s.Equip(2, Crossbow);
        var option = s.Req(0).Plays.Single(p => p.As == Collateral);
        var victims = option.SecondTargets![option.Targets.ToList().IndexOf(2)];
        Assert.Equal([3], victims);
        Assert.False(s.Engine.Submit(Decisions.Decision.With(s.Req(0), [s.Card(0, Collateral)], [2, 1])).Accepted);
    }

    [Fact]
    public void Kongcheng_with_a_hand_card_is_a_legal_collateral_victim()
    {
        var s = EmptyHandedZhugeliang([Collateral], [Slash]);
        s.Equip(2, Crossbow);
        s.Give(1, Jink);
        var option = s.Req(0).Plays.Single(p => p.As == Collateral);
        Assert.Contains(1, option.SecondTargets![option.Targets.ToList().IndexOf(2)]);
        s.Use(0, Collateral, 2, 1);
        Assert.Equal("collateral", s.Req(2).Reason);
        s.Respond(2, Slash);
        s.Pass(1);
        Assert.Equal(s.P(1).MaxHp - 1, s.P(1).Hp);
    }

    [Fact]
    public void Kongcheng_without_hand_cards_is_no_extra_halberd_target()
    {
        var s = EmptyHandedZhugeliang([Halberd, Slash]);
        s.Use(0, Halberd);
        s.KeepOnly(0, Slash);
        var option = s.Req(0).Plays.Single(p => p.As == Slash);
        Assert.Equal(3, option.MaxTargets);
        Assert.Equal([2, 3, 4], option.Targets);
    }
}
