using SanguoOrleans.Game.Decisions;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

/// <summary>张飞: 咆哮.</summary>
public class ZhangfeiTests
{
    [Fact]
    public void Paoxiao_uses_three_slashes_in_one_play_phase()
    {
        var s = Scenario.Start([[Slash, Slash, Slash]], heroes: ["zhangfei"]);
        s.Use(0, Slash, 1);
        s.Use(0, Slash, 1);
        s.Use(0, Slash, 1);
        Assert.Equal(s.P(1).MaxHp - 3, s.P(1).Hp);
    }

    [Fact]
    public void Without_paoxiao_the_second_slash_is_not_offered()
    {
        var s = Scenario.Start([[Slash, Slash]], heroes: ["", "zhangfei"]);
        s.Use(0, Slash, 1);
        Assert.DoesNotContain(s.Req(0).Plays, p => p.As == Slash);
        Assert.Equal(RequestKind.Play, s.Req(0).Kind);
    }
}
