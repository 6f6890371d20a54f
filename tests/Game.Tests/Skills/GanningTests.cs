using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Zones;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

public class GanningTests
{
    [Fact]
    public void Qixi_uses_a_black_card_as_dismantlement()
    {
        var s = Scenario.Start([[]], heroes: ["ganning"]);
        var black = s.GiveCard(0, Slash, Suit.Club);
        var option = s.SkillOption(0, "qixi", black);
        Assert.Equal(Dismantlement, option.As);

        Scenario.Ok(s.Invoke(0, "qixi", [black], 2));
        s.PassAllNullifications();
        s.Choose(0, "hand");

        Assert.Equal(3, s.P(2).Hand.Count);
        Assert.Equal(ZoneKind.DiscardPile, s.Engine.Locations[black].Zone);
    }
}
