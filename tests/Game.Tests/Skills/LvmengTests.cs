using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

/// <summary>吕蒙: 克己.</summary>
public class LvmengTests
{
    private static bool DiscardSkipped(Scenario s) =>
        s.Engine.AllEvents.Any(e => e.Kind == EventKind.PhaseSkipped && e.Seat == 0 && e.Text == "Discard");

    [Fact]
    public void Keji_skips_the_discard_phase_after_a_play_phase_without_slash()
    {
        var s = Scenario.Start([[Slash]], heroes: ["lvmeng"]);
        Assert.True(s.P(0).Hand.Count > s.P(0).Hp);
        var hand = s.P(0).Hand.Count;
        s.Pass(0);
        Assert.Equal("skill:keji", s.Req(0).Reason);
        s.Choose(0, "invoke");
        Assert.True(DiscardSkipped(s));
        Assert.Equal(hand, s.P(0).Hand.Count);
        Assert.Equal(RequestKind.Play, s.Req(1).Kind);
    }

    [Fact]
    public void Keji_declined_leaves_the_discard_phase_as_usual()
    {
        var s = Scenario.Start([[Slash]], heroes: ["lvmeng"]);
        s.Pass(0);
        s.Pass(0);
        Assert.Equal("discard_phase", s.Req(0).Reason);
    }

    [Fact]
    public void Keji_is_not_offered_after_a_slash_was_used()
    {
        var s = Scenario.Start([[Slash]], heroes: ["lvmeng"]);
        s.Use(0, Slash, 1);
        s.Give(0, Peach);
        s.Give(0, Peach);
        s.Pass(0);
        Assert.Equal("discard_phase", s.Req(0).Reason);
        Assert.False(DiscardSkipped(s));
    }

    [Fact]
    public void Keji_is_not_offered_after_a_slash_was_played_in_a_duel()
    {
        var s = Scenario.Start([[Duel, Slash], [Slash]], heroes: ["lvmeng"]);
        s.Use(0, Duel, 1);
        s.PassAllNullifications();
        s.Respond(1, Slash);
        s.Respond(0, Slash);
        Assert.Equal(s.P(1).MaxHp - 1, s.P(1).Hp);
        s.Give(0, Peach);
        s.Give(0, Peach);
        s.Give(0, Peach);
        s.Pass(0);
        Assert.Equal("discard_phase", s.Req(0).Reason);
    }

    [Fact]
    public void Smart_ai_always_takes_keji_when_offered()
    {
        var s = Scenario.Start([[Slash]], heroes: ["lvmeng"]);
        s.Pass(0);
        var ask = s.Req(0);
        Assert.Equal("skill:keji", ask.Reason);
        Assert.Equal("invoke", new Ai.SmartAi(s.Engine.Settings).Decide(s.Engine, ask).Option);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(8, false)]
    public void Smart_ai_keeps_cards_by_keji_only_up_to_a_hand_it_could_still_play(int extraCards, bool invokes)
    {
        var s = Scenario.Start([[Jink]], heroes: ["lvmeng"]);
        for (var i = 0; i < extraCards; i++)
        {
            s.Give(0, Jink);
        }

        s.Pass(0);
        Assert.Equal("skill:keji", s.Req(0).Reason);

        Assert.Equal(invokes, !SkillAi.Decide(s, 0).Pass);
    }
}

