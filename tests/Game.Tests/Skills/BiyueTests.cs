using SanguoOrleans.Game.Decisions;

namespace SanguoOrleans.Game.Tests.Skills;

public class BiyueTests
{
    [Fact]
    public void Biyue_draws_one_at_the_start_of_the_finish_phase()
    {
        var s = Scenario.Start([[]], heroes: ["diaochan"]);
        s.EndPlay(0);
        Assert.Equal("skill:biyue", s.Req(0).Reason);
        s.Choose(0, "invoke");
        Assert.Equal(s.P(0).Hp + 1, s.P(0).Hand.Count);
        Assert.Equal(RequestKind.Play, s.Req(1).Kind);
    }
}
