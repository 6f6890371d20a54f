using SanguoOrleans.Game.Decisions;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

public class LianyingTests
{
    [Fact]
    public void Lianying_draws_one_right_after_the_last_hand_card_is_used()
    {
        var s = Scenario.Start([[Slash]], heroes: ["luxun"]);
        s.KeepOnly(0, Slash);
        s.Use(0, Slash, 1);
        Assert.Equal("skill:lianying", s.Req(0).Reason);
        s.Choose(0, "invoke");
        Assert.Single(s.P(0).Hand);
        Assert.Equal(RequestKind.Play, s.Req(0).Kind);
    }

    [Fact]
    public void Lianying_does_not_trigger_while_hand_cards_remain()
    {
        var s = Scenario.Start([[Slash]], heroes: ["luxun"]);
        s.KeepOnly(0, Slash, ExNihilo);
        s.Use(0, Slash, 1);
        Assert.Equal(RequestKind.Play, s.Req(0).Kind);
        Assert.Single(s.P(0).Hand);
    }
}
