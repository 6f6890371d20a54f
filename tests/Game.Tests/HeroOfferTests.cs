using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Heroes;
using SanguoOrleans.Game.Modes;

namespace SanguoOrleans.Game.Tests;

/// <summary>
/// Hero offers after the lord's pick (rules.md d.5): disjoint private sets of 5 when the 24 remaining heroes suffice
/// (5 players), an equal share of 24 / 7 = 3 each at 8 players.
/// </summary>
public class HeroOfferTests
{
    [Theory]
    [InlineData(GameMode.Identity5, 5)]
    [InlineData(GameMode.Identity8, 3)]
    [InlineData(GameMode.Identity8DoubleRenegade, 3)]
    public void Every_other_player_gets_an_equal_disjoint_offer(GameMode mode, int each)
    {
        for (ulong seed = 1; seed <= 20; seed++)
        {
            var engine = GameEngine.Create(new GameSettings(mode), seed);
            var lord = Assert.Single(engine.Pending);
            var pick = lord.Heroes[^1];
            Scenario.Ok(engine.Submit(Decision.ChooseHero(lord, pick)));

            Assert.Equal(engine.Players.Length - 1, engine.Pending.Count);
            Assert.All(engine.Pending, r => Assert.Equal(each, r.Heroes.Count));
            var offered = engine.Pending.SelectMany(r => r.Heroes).ToList();
            Assert.Equal(offered.Count, offered.Distinct().Count());
            Assert.DoesNotContain(pick, offered);
            Assert.All(offered, h => Assert.Contains(HeroCatalog.All, x => x.Id == h));
        }
    }
}
