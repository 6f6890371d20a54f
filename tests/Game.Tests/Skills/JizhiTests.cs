using SanguoOrleans.Game.Decisions;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

public class JizhiTests
{
    [Fact]
    public void Jizhi_draws_one_when_using_a_non_delayed_trick()
    {
        var s = Scenario.Start([[ExNihilo]], heroes: ["huangyueying"]);
        var hand = s.P(0).Hand.Count;
        s.Use(0, ExNihilo);
        Assert.Equal("skill:jizhi", s.Req(0).Reason);
        s.Choose(0, "invoke");
        Assert.Equal(hand - 1 + 1 + 2, s.P(0).Hand.Count);
    }

    [Fact]
    public void Jizhi_does_not_trigger_on_a_delayed_trick()
    {
        var s = Scenario.Start([[Indulgence]], heroes: ["huangyueying"]);
        s.Use(0, Indulgence, 1);
        Assert.Equal(RequestKind.Play, s.Req(0).Kind);
    }

    [Fact]
    public void Jizhi_draws_one_when_using_a_nullification()
    {
        var s = Scenario.Start([[Dismantlement], [Nullification]], heroes: ["", "huangyueying"]);
        s.Use(0, Dismantlement, 1);
        var hand = s.P(1).Hand.Count;
        s.Respond(1, Nullification);
        Assert.Equal("skill:jizhi", s.Req(1).Reason);
        s.Choose(1, "invoke");
        Assert.Equal(hand, s.P(1).Hand.Count);
    }
}
