using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Zones;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

/// <summary>黄月英: 奇才.</summary>
public class QicaiTests
{
    [Fact]
    public void Qicai_snatches_at_distance_three()
    {
        // Without 集智, whose draw would blur the count.
        var s = Scenario.Start([[Snatch]], mode: GameMode.Identity8, heroes: ["huangyueying"], beforeTurn: e => e.RevokeSkills(0, "jizhi"));
        Assert.Equal(3, s.Engine.Distance(0, 3));
        Assert.Contains(3, s.Req(0).Plays.Single(p => p.As == Snatch).Targets);
        var hand = s.P(0).Hand.Count;
        s.Use(0, Snatch, 3);
        s.PassAllNullifications();
        s.Choose(0, "hand");
        Assert.Equal(hand, s.P(0).Hand.Count); // the snatch left, one of seat 3's cards came in
        Assert.Equal(3, s.P(3).Hand.Count);
    }

    [Fact]
    public void Qicai_places_supply_shortage_at_any_distance()
    {
        var s = Scenario.Start([[SupplyShortage]], mode: GameMode.Identity8, heroes: ["huangyueying"]);
        s.Use(0, SupplyShortage, 4);
        Assert.Contains(s.P(4).Judge, c => s.Engine.CardOf(c).Name == SupplyShortage);
        Assert.Equal(ZoneKind.Judge, s.Engine.Locations[s.P(4).Judge[0]].Zone);
    }

    [Fact]
    public void Without_qicai_snatch_reaches_only_distance_one()
    {
        var s = Scenario.Start([[Snatch]], mode: GameMode.Identity8, heroes: ["", "huangyueying"]);
        Assert.Equal([1, 7], s.Req(0).Plays.Single(p => p.As == Snatch).Targets);
    }
}
