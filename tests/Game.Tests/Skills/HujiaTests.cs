using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

public class HujiaTests
{
    [Fact]
    public void Hujia_a_wei_loyalists_jink_dodges_for_the_lord()
    {
        var s = Scenario.Start([[], [], [], [], [Slash]], heroes: ["caocao", "xiahoudun"]);
        s.KeepOnly(0);
        s.EndTurns(0, 1, 2, 3);
        var jink = s.GiveCard(1, Jink, Cards.Suit.Heart);
        s.Use(4, Slash, 0);

        Scenario.Ok(s.Invoke(0, "hujia", []));
        Assert.Equal("hujia", s.Req(1).Reason);
        s.Respond(1, Jink);

        Assert.Equal(5, s.P(0).Hp);
        Assert.DoesNotContain(jink, s.P(1).Hand);
    }
}
