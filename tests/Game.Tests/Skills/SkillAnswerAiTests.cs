using SanguoOrleans.Game.Ai;
using SanguoOrleans.Game.Cards;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

public class SkillAnswerAiTests
{
    [Fact]
    public void Smart_ai_without_a_jink_dodges_through_qingguo()
    {
        var s = Scenario.Start([[Slash]], heroes: ["", "zhenji"]);
        s.KeepOnly(1);
        var black = s.GiveCard(1, Duel, Suit.Spade);
        s.Use(0, Slash, 1);

        var answer = new SmartAi(s.Engine.Settings).Decide(s.Engine, s.Req(1));

        Assert.Equal("qingguo", answer.Option);
        Assert.Equal([black], answer.Cards);
        Scenario.Ok(s.Engine.Submit(answer));
        Assert.Equal(3, s.P(1).Hp);
    }

    [Fact]
    public void Smart_ai_saves_a_dying_friend_through_jijiu()
    {
        // Seat 1 is the lord's loyalist; huatuo at seat 2 is made a loyalist too.
        var s = Scenario.Start([[Duel]], heroes: ["", "", "huatuo"],
            roles: [Modes.Role.Lord, Modes.Role.Loyalist, Modes.Role.Loyalist, Modes.Role.Rebel, Modes.Role.Renegade]);
        s.GiveCard(2, Jink, Suit.Heart);
        s.SetHp(1, 1);
        s.Use(0, Duel, 1);
        s.PassAllNullifications();
        s.P(1).RolePublic = true;

        var answer = new SmartAi(s.Engine.Settings).Decide(s.Engine, s.Req(2));

        Assert.Equal("jijiu", answer.Option);
        Assert.True(s.Engine.CardOf(Assert.Single(answer.Cards)).Suit.IsRed());
        Scenario.Ok(s.Engine.Submit(answer));
        Assert.Equal(1, s.P(1).Hp);
    }

    [Theory]
    [InlineData(Modes.Role.Loyalist, false)]
    [InlineData(Modes.Role.Rebel, true)]
    public void Smart_ai_answers_hujia_only_for_a_friendly_lord(Modes.Role helperRole, bool passes)
    {
        var s = Scenario.Start([[], [], [], [], [Slash]], heroes: ["caocao", "xiahoudun"],
            roles: [Modes.Role.Lord, helperRole, Modes.Role.Rebel, Modes.Role.Loyalist, Modes.Role.Renegade]);
        s.KeepOnly(0);
        s.EndTurns(0, 1, 2, 3);
        s.GiveCard(1, Jink, Suit.Heart);
        s.Use(4, Slash, 0);
        Scenario.Ok(s.Invoke(0, "hujia", []));

        var answer = new SmartAi(s.Engine.Settings).Decide(s.Engine, s.Req(1));

        Assert.Equal(passes, answer.Pass);
    }
}
