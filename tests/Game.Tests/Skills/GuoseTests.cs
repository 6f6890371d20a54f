using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Events;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

public class GuoseTests
{
    [Fact]
    public void Guose_places_a_diamond_card_that_judges_as_indulgence()
    {
        var s = Scenario.Start([[]], [ExNihilo, ExNihilo, new PileCard(Slash, Suit.Spade)], heroes: ["daqiao"]);
        var diamond = s.GiveCard(0, Jink, Suit.Diamond);
        Assert.Equal(Indulgence, s.SkillOption(0, "guose", diamond).As);

        Scenario.Ok(s.Invoke(0, "guose", [diamond], 1));
        Assert.Contains(diamond, s.P(1).Judge);
        s.EndPlay(0);

        Assert.Contains(s.EventsOf(EventKind.PhaseSkipped), e => e.Seat == 1 && e.Text == "Play");
    }
}
