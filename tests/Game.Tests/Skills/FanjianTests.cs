using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Tests.Skills;

public class FanjianTests
{
    private static readonly string[] SuitNames = ["spade", "heart", "club", "diamond"];

    [Theory]
    [InlineData(false, 4)]
    [InlineData(true, 3)]
    public void Fanjian_deals_damage_only_when_the_named_suit_is_wrong(bool nameWrongSuit, int hp)
    {
        var s = Scenario.Start([[]], heroes: ["zhouyu"]);
        s.Pass(0); // 英姿 declined
        s.KeepOnly(0);
        var card = s.GiveCard(0, CardName.Slash, Suit.Spade);
        var suit = nameWrongSuit ? "heart" : "spade";

        Scenario.Ok(s.Invoke(0, "fanjian", [], 1));
        Assert.Equal(SuitNames, s.Req(1).Options);
        s.Choose(1, suit);

        Assert.Equal(hp, s.P(1).Hp);
        Assert.Contains(card, s.P(1).Hand);
        Assert.Equal(RequestKind.Play, s.Req(0).Kind);
        Assert.False(s.Offers(0, "fanjian"));
        Assert.Contains(s.Engine.AllEvents, e => e.Kind == Events.EventKind.CardsMoved && e.To == ZoneKind.Hand && e.Cards!.Contains(card)
            && e.Visibility == Events.Visibility.Everyone);
    }
}
