using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

public class TieqiTests
{
    [Fact]
    public void Tieqi_red_judgement_means_the_target_cannot_use_jink()
    {
        var s = Scenario.Start([[Slash], [Jink]], [ExNihilo, ExNihilo, new PileCard(Peach, Suit.Heart)], heroes: ["machao"]);
        s.Use(0, Slash, 1);
        Assert.Equal("skill:tieqi", s.Req(0).Reason);
        s.Choose(0, "invoke");
        Assert.Equal(s.P(1).MaxHp - 1, s.P(1).Hp);
        Assert.Contains(s.Card(1, Jink), s.P(1).Hand);
        Assert.Equal(RequestKind.Play, s.Req(0).Kind);
    }

    [Fact]
    public void Tieqi_black_judgement_leaves_the_jink_allowed()
    {
        var s = Scenario.Start([[Slash], [Jink]], [ExNihilo, ExNihilo, new PileCard(Slash, Suit.Spade)], heroes: ["machao"]);
        s.Use(0, Slash, 1);
        s.Choose(0, "invoke");
        Assert.Equal((RequestKind.Respond, "slash"), (s.Req(1).Kind, s.Req(1).Reason));
    }
}
