using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Tests.Skills;

/// <summary>Skills of different heroes meeting in one play: the rulings players argue about.</summary>
public class SkillInteractionTests
{
    [Fact]
    public void Lianying_draws_after_zhiheng_discards_the_last_hand_card()
    {
        var s = Scenario.Start([[]], heroes: ["sunquan"], beforeTurn: e => e.GrantSkill(0, "lianying"));
        var hand = s.P(0).Hand.ToArray();

        Scenario.Ok(s.Invoke(0, "zhiheng", hand));
        Assert.Equal("skill:lianying", s.Req(0).Reason);
        s.Choose(0, "invoke");

        Assert.Equal(hand.Length + 1, s.P(0).Hand.Count);
        Assert.Empty(s.P(0).Hand.Intersect(hand));
        Assert.Contains(s.Engine.AllEvents, e => e.Kind == EventKind.SkillInvoked && e.Text == "lianying" && e.Seat == 0);
    }

    [Fact]
    public void Jianxiong_obtains_the_physical_card_of_a_wusheng_slash()
    {
        var s = Scenario.Start([[]], heroes: ["guanyu", "caocao"]);
        var peach = s.GiveCard(0, CardName.Peach, Suit.Heart);

        Scenario.Ok(s.Invoke(0, "wusheng", [peach], 1));
        Assert.Equal("skill:jianxiong", s.Req(1).Reason);
        s.Choose(1, "invoke");

        Assert.Equal(new CardLocation(ZoneKind.Hand, 1), s.Engine.Locations[peach]);
        Assert.Equal(3, s.P(1).Hp);
        Assert.Equal(RequestKind.Play, s.Req(0).Kind);
    }
}
