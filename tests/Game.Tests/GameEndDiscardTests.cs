using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Zones;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests;

/// <summary>A death that ends the game still sends the dead player's cards to the discard pile.</summary>
public class GameEndDiscardTests
{
    [Fact]
    public void The_lords_cards_are_discarded_when_the_lords_death_ends_the_game()
    {
        var s = Scenario.Start([[Duel], [Slash]]);
        s.Equip(0, Crossbow);
        s.PlaceDelayed(0, Lightning);
        s.SetHp(0, 1);
        var held = s.P(0).Hand.Where(c => s.Engine.CardOf(c).Name != Duel).Append(s.P(0).EquipOf(EquipSlot.Weapon)).Concat(s.P(0).Judge).ToList();

        s.Use(0, Duel, 1);
        s.Respond(1, Slash);

        Assert.Equal(WinningSide.Rebels, s.Engine.Result!.Side);
        Assert.Empty(s.P(0).Hand);
        Assert.Empty(s.P(0).Judge);
        Assert.All(s.P(0).Equip, e => Assert.Equal(-1, e));
        Assert.All(held, c => Assert.Equal(ZoneKind.DiscardPile, s.Engine.Locations[c].Zone));
        SimulationPropertyTests.AssertInvariants(s.Engine);
    }
}
