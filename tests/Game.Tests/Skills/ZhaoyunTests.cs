using SanguoOrleans.Game.Events;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

public class ZhaoyunTests
{
    [Fact]
    public void Longdan_plays_a_jink_as_slash_in_a_duel()
    {
        var s = Scenario.Start([[Duel], [Jink]], heroes: ["", "zhaoyun"]);
        s.Use(0, Duel, 1);
        s.PassAllNullifications();
        var jink = s.Card(1, Jink);
        Assert.Equal(Slash, s.SkillOption(1, "longdan", jink).As);

        Scenario.Ok(s.Invoke(1, "longdan", [jink]));

        Assert.Equal(4, s.P(1).Hp);
        Assert.Equal(4, s.P(0).Hp); // the lord of five has 5 HP
        Assert.Contains(s.EventsOf(EventKind.CardResponded), e => e.Seat == 1 && e.Name == Slash && e.Cards!.SequenceEqual([jink]));
    }

    [Fact]
    public void Longdan_plays_a_slash_as_jink_against_a_slash()
    {
        var s = Scenario.Start([[Slash], [Slash]], heroes: ["", "zhaoyun"]);
        s.Use(0, Slash, 1);
        var slash = s.Card(1, Slash);
        Assert.Equal(Jink, s.SkillOption(1, "longdan", slash).As);

        Scenario.Ok(s.Invoke(1, "longdan", [slash]));

        Assert.Equal(4, s.P(1).Hp);
        Assert.DoesNotContain(slash, s.P(1).Hand);
    }
}
