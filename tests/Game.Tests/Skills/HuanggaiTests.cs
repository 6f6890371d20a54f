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

    [Fact]
    public void Smart_ai_does_not_kurou_itself_into_dying_to_trade_a_peach_for_two_cards()
    {
        var s = Scenario.Start([[Peach]], heroes: ["huanggai"]);
        s.KeepOnly(0, Peach);
        s.SetHp(0, 1);

        Assert.NotEqual("kurou", SkillAi.Decide(s, 0).Option);
    }

    [Fact]
    public void Smart_ai_kurous_at_full_hp_with_a_small_hand()
    {
        var s = Scenario.Start([[]], heroes: ["huanggai"]);
        s.KeepOnly(0);

        Assert.Equal("kurou", SkillAi.Decide(s, 0).Option);
    }
}
