using SanguoOrleans.Game.Decisions;

namespace SanguoOrleans.Game.Tests.Skills;

/// <summary>周瑜: 英姿.</summary>
public class YingziTests
{
    [Fact]
    public void Yingzi_draws_one_extra_card()
    {
        var s = Scenario.Start([[]], heroes: ["zhouyu"]);
        Assert.Equal("skill:yingzi", s.Req(0).Reason);
        s.Choose(0, "invoke");
        Assert.Equal(RequestKind.Play, s.Req(0).Kind);
        Assert.Equal(4 + 3, s.P(0).Hand.Count);
    }

    [Fact]
    public void Yingzi_declined_draws_two()
    {
        var s = Scenario.Start([[]], heroes: ["zhouyu"]);
        s.Pass(0);
        Assert.Equal(4 + 2, s.P(0).Hand.Count);
    }
}
