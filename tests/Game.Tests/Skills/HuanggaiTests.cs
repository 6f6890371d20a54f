using SanguoOrleans.Game.Decisions;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

public class HuanggaiTests
{
    [Fact]
    public void Kurou_loses_one_hp_and_draws_two_any_number_of_times()
    {
        var s = Scenario.Start([[]], heroes: ["huanggai"]);
        var size = s.P(0).Hand.Count;

        Scenario.Ok(s.Invoke(0, "kurou", []));
        Scenario.Ok(s.Invoke(0, "kurou", []));

        Assert.Equal(3, s.P(0).Hp);
        Assert.Equal(size + 4, s.P(0).Hand.Count);
    }

    [Fact]
    public void Kurou_at_one_hp_goes_through_dying_and_draws_once_saved()
    {
        var s = Scenario.Start([[Peach]], heroes: ["huanggai"]);
        s.SetHp(0, 1);
        var size = s.P(0).Hand.Count;

        Scenario.Ok(s.Invoke(0, "kurou", []));
        Assert.Equal(RequestKind.Peach, s.Req(0).Kind);
        s.Respond(0, Peach);

        Assert.Equal(1, s.P(0).Hp);
        Assert.Equal(size - 1 + 2, s.P(0).Hand.Count);
    }
}
