using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

public class QingguoTests
{
    [Fact]
    public void Qingguo_plays_a_black_hand_card_as_jink_but_not_a_red_one()
    {
        var s = Scenario.Start([[Slash]], heroes: ["", "zhenji"]);
        s.KeepOnly(1);
        var black = s.GiveCard(1, Duel, Suit.Spade);
        var red = s.GiveCard(1, Peach, Suit.Heart);
        s.Use(0, Slash, 1);

        var option = s.SkillOption(1, "qingguo");
        Assert.Equal([black], option.Cards);
        Assert.False(s.Invoke(1, "qingguo", [red]).Accepted);
        Scenario.Ok(s.Invoke(1, "qingguo", [black]));

        Assert.Equal(3, s.P(1).Hp);
        Assert.Equal(RequestKind.Play, s.Req(0).Kind);
    }
}
