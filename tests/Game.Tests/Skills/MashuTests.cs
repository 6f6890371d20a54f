using SanguoOrleans.Game.Modes;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

/// <summary>马超: 马术.</summary>
public class MashuTests
{
    [Fact]
    public void Mashu_shortens_only_the_owners_distance_to_others()
    {
        var s = Scenario.Start([[Slash]], heroes: ["machao"]);
        Assert.Equal(1, s.Engine.Distance(0, 2));
        Assert.Equal(2, s.Engine.Distance(2, 0));
        Assert.Equal([1, 2, 3, 4], s.Req(0).Plays.Single(p => p.As == Slash).Targets);
    }

    [Fact]
    public void Mashu_adds_to_an_offensive_horse()
    {
        var s = Scenario.Start([[Slash]], mode: GameMode.Identity8, heroes: ["machao"]);
        s.Equip(0, Chitu);
        Assert.Equal(2, s.Engine.Distance(0, 4));
        Assert.Equal(4, s.Engine.Distance(4, 0));
        Assert.Equal(1, s.Engine.Distance(0, 3));
        Assert.Equal([1, 2, 3, 5, 6, 7], s.Req(0).Plays.Single(p => p.As == Slash).Targets);
    }
}
