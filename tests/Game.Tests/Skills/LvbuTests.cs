using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Zones;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

/// <summary>吕布: 无双.</summary>
public class LvbuTests
{
    [Fact]
    public void Wushuang_slash_is_not_cancelled_by_a_single_jink()
    {
        var s = Scenario.Start([[Slash], [Jink]], heroes: ["lvbu"]);
        var jink = s.Card(1, Jink);
        s.Use(0, Slash, 1);
        s.Respond(1, Jink);
        Assert.Equal(s.P(1).MaxHp - 1, s.P(1).Hp);
        Assert.Equal(ZoneKind.DiscardPile, s.Engine.Locations[jink].Zone);
    }

    [Fact]
    public void Wushuang_slash_is_cancelled_by_two_jinks()
    {
        var s = Scenario.Start([[Slash], [Jink, Jink]], heroes: ["lvbu"]);
        s.Use(0, Slash, 1);
        s.Respond(1, Jink);
        Assert.Equal("slash_again", s.Req(1).Reason);
        s.Respond(1, Jink);
        Assert.Equal(s.P(1).MaxHp, s.P(1).Hp);
    }

    [Fact]
    public void Without_wushuang_one_jink_cancels_the_slash()
    {
        var s = Scenario.Start([[Slash], [Jink, Jink]], heroes: ["", "", "lvbu"]);
        s.Use(0, Slash, 1);
        s.Respond(1, Jink);
        Assert.Equal(RequestKind.Play, s.Req(0).Kind);
        Assert.Equal(s.P(1).MaxHp, s.P(1).Hp);
        Assert.Single(s.P(1).Hand, c => s.Engine.CardOf(c).Name == Jink);
    }

    [Fact]
    public void Wushuang_against_eight_diagram_needs_two_red_judgements()
    {
        var s = Scenario.Start([[Slash]], [ExNihilo, ExNihilo, new PileCard(Peach, Suit.Heart), new PileCard(Slash, Suit.Spade)], heroes: ["lvbu"]);
        s.Equip(1, EightDiagram);
        s.Use(0, Slash, 1);
        s.Choose(1, "eight_diagram");
        Assert.Contains("eight_diagram", s.Req(1).Options); // the red judgement gave one 闪; the second is judged again
        s.Choose(1, "eight_diagram");
        Assert.Equal(2, s.Engine.AllEvents.Count(e => e.Kind == EventKind.Judged && e.Text == "eight_diagram"));
        Assert.Equal(s.P(1).MaxHp - 1, s.P(1).Hp);
    }

    [Fact]
    public void Wushuang_against_eight_diagram_is_cancelled_by_two_red_judgements()
    {
        var s = Scenario.Start([[Slash]], [ExNihilo, ExNihilo, new PileCard(Peach, Suit.Heart), new PileCard(Jink, Suit.Diamond)], heroes: ["lvbu"]);
        s.Equip(1, EightDiagram);
        s.Use(0, Slash, 1);
        s.Choose(1, "eight_diagram");
        s.Choose(1, "eight_diagram");
        Assert.Equal(s.P(1).MaxHp, s.P(1).Hp);
    }

    [Fact]
    public void Wushuang_duel_demands_two_slashes_from_the_target()
    {
        var s = Scenario.Start([[Duel, Slash], [Slash]], heroes: ["lvbu"]);
        var lvbuSlash = s.Card(0, Slash);
        s.Use(0, Duel, 1);
        s.PassAllNullifications();
        s.Respond(1, Slash);
        Assert.Equal(s.P(1).MaxHp - 1, s.P(1).Hp);
        Assert.Equal(s.P(0).MaxHp, s.P(0).Hp);
        Assert.Contains(lvbuSlash, s.P(0).Hand); // one 杀 was not enough, so 吕布 was never asked
    }

    [Fact]
    public void Wushuang_duel_target_makes_the_user_play_two_slashes_each_time()
    {
        var s = Scenario.Start([[Duel, Slash, Slash], [Slash]], heroes: ["", "lvbu"]);
        s.Use(0, Duel, 1);
        s.PassAllNullifications();
        s.Respond(1, Slash);
        s.Respond(0, Slash);
        Assert.Equal("duel_again", s.Req(0).Reason); // a single 杀 does not answer 吕布's
        s.Respond(0, Slash);
        Assert.Equal(s.P(1).MaxHp - 1, s.P(1).Hp); // 吕布 has no 杀 left
    }

    [Fact]
    public void Wushuang_duel_target_wins_when_the_user_has_only_one_slash()
    {
        var s = Scenario.Start([[Duel, Slash], [Slash]], heroes: ["", "lvbu"]);
        s.Use(0, Duel, 1);
        s.PassAllNullifications();
        s.Respond(1, Slash);
        s.Respond(0, Slash);
        Assert.Equal(s.P(0).MaxHp - 1, s.P(0).Hp);
        Assert.Equal(s.P(1).MaxHp, s.P(1).Hp);
        var damage = s.Engine.AllEvents.Last(e => e.Kind == EventKind.Damaged);
        Assert.Equal((1, 0), (damage.Seat, damage.Target));
    }

    [Fact]
    public void Smart_ai_keeps_a_lone_jink_against_wushuang()
    {
        var s = Scenario.Start([[Slash], [Jink]], heroes: ["lvbu"]);
        s.Use(0, Slash, 1);
        var ai = new Ai.SmartAi(s.Engine.Settings);
        Assert.True(ai.Decide(s.Engine, s.Req(1)).Pass);
        Assert.True(ai.Decide(s.Engine.ViewFor(1), s.Req(1)).Pass);
    }

    [Fact]
    public void Smart_ai_plays_both_jinks_against_wushuang()
    {
        var s = Scenario.Start([[Slash], [Jink, Jink]], heroes: ["lvbu"]);
        s.Use(0, Slash, 1);
        var ai = new Ai.SmartAi(s.Engine.Settings);
        Scenario.Ok(s.Engine.Submit(ai.Decide(s.Engine, s.Req(1))));
        Scenario.Ok(s.Engine.Submit(ai.Decide(s.Engine, s.Req(1))));
        Assert.Equal(s.P(1).MaxHp, s.P(1).Hp);
        Assert.DoesNotContain(s.P(1).Hand, c => s.Engine.CardOf(c).Name == Jink);
    }

    [Fact]
    public void Smart_ai_keeps_a_lone_slash_in_a_duel_with_wushuang()
    {
        var s = Scenario.Start([[Duel], [Slash]], heroes: ["lvbu"]);
        s.Use(0, Duel, 1);
        s.PassAllNullifications();
        Assert.True(new Ai.SmartAi(s.Engine.Settings).Decide(s.Engine, s.Req(1)).Pass);
    }
}
