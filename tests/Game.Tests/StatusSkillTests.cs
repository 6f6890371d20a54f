using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Skills;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests;

public class StatusSkillTests
{
    private sealed class Horsemanship : IStatusSkill
    {
        public string Id => "mashu_like";

        public int DistanceModifier(GameEngine engine, int owner, int fromSeat, int toSeat) => fromSeat == owner ? -1 : 0;
    }

    private sealed class EmptyFort : IStatusSkill
    {
        public string Id => "kongcheng_like";

        public bool ProhibitsTarget(GameEngine engine, int owner, int user, CardName card) =>
            engine.Players[owner].Hand.Count == 0 && (CardRules.IsSlash(card) || card == Duel);
    }

    private sealed class Roar : IStatusSkill
    {
        public string Id => "paoxiao_like";

        public bool UnlimitedSlash(GameEngine engine, int owner) => true;
    }

    private sealed class BigHands : IStatusSkill
    {
        public string Id => "hand_limit_plus_two";

        public int HandLimitModifier(GameEngine engine, int owner) => 2;
    }

    private static SkillRegistry Registry() =>
        new SkillRegistry().Add(new Horsemanship()).Add(new EmptyFort()).Add(new Roar()).Add(new BigHands());

    [Fact]
    public void A_distance_skill_shortens_the_owners_distance_to_others()
    {
        var s = Scenario.Start([[Slash]], skills: Registry(), beforeTurn: e => e.GrantSkill(0, "mashu_like"));
        Assert.Equal(1, s.Engine.Distance(0, 2));
        Assert.Equal(2, s.Engine.Distance(2, 0));
    }

    [Fact]
    public void A_prohibition_skill_removes_the_owner_from_the_legal_targets()
    {
        var s = Scenario.Start([[Slash, Duel]], skills: Registry(), beforeTurn: e => e.GrantSkill(1, "kongcheng_like"));
        s.Engine.Discard([.. s.P(1).Hand]);
        s.Engine.RefreshPlayRequest();
        Assert.DoesNotContain(1, s.Req(0).Plays.Single(p => p.As == Slash).Targets);
        Assert.DoesNotContain(1, s.Req(0).Plays.Single(p => p.As == Duel).Targets);
    }

    [Fact]
    public void An_unlimited_slash_skill_lifts_the_once_per_phase_limit()
    {
        var s = Scenario.Start([[Slash, Slash]], skills: Registry(), beforeTurn: e => e.GrantSkill(0, "paoxiao_like"));
        s.Use(0, Slash, 1);
        s.Use(0, Slash, 1);
        Assert.Equal(s.P(1).MaxHp - 2, s.P(1).Hp);
    }

    [Fact]
    public void A_hand_limit_skill_changes_how_many_cards_are_kept()
    {
        var s = Scenario.Start([[]], skills: Registry(), beforeTurn: e => e.GrantSkill(0, "hand_limit_plus_two"));
        s.Pass(0);
        Assert.Equal(6, s.P(0).Hand.Count); // 6 cards, HP 5 + 2: nothing to discard
        Assert.Equal(Decisions.RequestKind.Play, s.Req(1).Kind);
    }
}
