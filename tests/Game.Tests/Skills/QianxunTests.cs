using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

/// <summary>陆逊: 谦逊.</summary>
public class QianxunTests
{
    [Fact]
    public void Qianxun_cannot_be_targeted_by_snatch_or_indulgence()
    {
        var s = Scenario.Start([[Snatch, Indulgence, Dismantlement]], heroes: ["", "luxun"]);
        var plays = s.Req(0).Plays;
        Assert.DoesNotContain(1, plays.First(p => p.As == Snatch).Targets);
        Assert.DoesNotContain(1, plays.First(p => p.As == Indulgence).Targets);
        Assert.False(s.Engine.Submit(Decisions.Decision.With(s.Req(0), [s.Card(0, Snatch)], [1])).Accepted);
    }

    [Fact]
    public void Qianxun_can_still_be_targeted_by_dismantlement()
    {
        var s = Scenario.Start([[Dismantlement]], heroes: ["", "luxun"]);
        var cards = s.P(1).Hand.Count;
        s.Use(0, Dismantlement, 1);
        s.PassAllNullifications();
        s.Choose(0, "hand");
        Assert.Equal(cards - 1, s.P(1).Hand.Count);
    }

    [Fact]
    public void Without_qianxun_the_same_seat_can_be_snatched()
    {
        var s = Scenario.Start([[Snatch, Indulgence]], heroes: ["", "", "luxun"]);
        Assert.Contains(1, s.Req(0).Plays.First(p => p.As == Snatch).Targets);
        Assert.Contains(1, s.Req(0).Plays.First(p => p.As == Indulgence).Targets);
    }
}
