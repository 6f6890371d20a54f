using SanguoOrleans.Game.Decisions;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

public class LijianTests
{
    [Fact]
    public void Lijian_duel_opens_no_nullification_window_even_with_a_nullification_in_hand()
    {
        var s = Scenario.Start([[], [], [], [Nullification, Nullification]], heroes: ["diaochan"]);
        var card = s.P(0).Hand[0];

        Scenario.Ok(s.Invoke(0, "lijian", [card], 1, 2));

        Assert.DoesNotContain(s.Engine.Pending, r => r.Kind == RequestKind.Nullify);
        Assert.Equal(3, s.P(1).Hp);
        Assert.Equal(1, s.P(2).DamageDealt[1]);
        Assert.False(s.Offers(0, "lijian"));
    }
}
