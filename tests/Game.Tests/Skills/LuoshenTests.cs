using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Zones;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

public class LuoshenTests
{
    [Fact]
    public void Luoshen_obtains_black_judgements_and_stops_at_the_first_red_one()
    {
        var s = Scenario.Start([[]], [ExNihilo, ExNihilo, new PileCard(Slash, Suit.Spade), new PileCard(Slash, Suit.Club), new PileCard(Jink, Suit.Diamond)], heroes: ["", "zhenji"]);
        int[] judgements = [s.Engine.DrawPile[^1], s.Engine.DrawPile[^2], s.Engine.DrawPile[^3]];
        s.EndPlay(0);
        Assert.Equal("skill:luoshen", s.Req(1).Reason);
        s.Choose(1, "invoke");
        s.Choose(1, "invoke");
        s.Choose(1, "invoke");
        Assert.Equal(new CardLocation(ZoneKind.Hand, 1), s.Engine.Locations[judgements[0]]);
        Assert.Equal(new CardLocation(ZoneKind.Hand, 1), s.Engine.Locations[judgements[1]]);
        Assert.Equal(ZoneKind.DiscardPile, s.Engine.Locations[judgements[2]].Zone);
        Assert.Equal(3, s.Engine.AllEvents.Count(e => e.Kind == EventKind.Judged && e.Text == "luoshen"));
        Assert.Equal(RequestKind.Play, s.Req(1).Kind);
    }

    [Fact]
    public void Luoshen_may_stop_after_a_black_judgement()
    {
        var s = Scenario.Start([[]], [ExNihilo, ExNihilo, new PileCard(Slash, Suit.Spade), new PileCard(Slash, Suit.Club)], heroes: ["", "zhenji"]);
        s.EndPlay(0);
        s.Choose(1, "invoke");
        s.Pass(1);
        Assert.Equal(1, s.Engine.AllEvents.Count(e => e.Kind == EventKind.Judged && e.Text == "luoshen"));
        Assert.Equal(RequestKind.Play, s.Req(1).Kind);
    }
}
