using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Simulation;

namespace SanguoOrleans.Game.Tests.Skills;

/// <summary>Whole AI games where every seat plays a hero with a status or draw-phase skill.</summary>
public class StatusHeroGamesTests
{
    private static readonly string[] Heroes = ["lvmeng", "zhangliao", "xuchu", "zhouyu", "zhugeliang", "lvbu", "luxun", "huangyueying"];
    private static readonly string[] OtherHeroes = ["zhangfei", "machao", "lvbu", "xuchu", "zhangliao", "lvmeng", "zhouyu", "zhugeliang"];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Smart_ai_answers_every_request_legally_and_uses_the_skills(int lineUp)
    {
        var settings = new GameSettings(GameMode.Identity8, FixedHeroes: lineUp == 0 ? Heroes : OtherHeroes);
        var invoked = new HashSet<string>();
        for (var i = 0; i < 60; i++)
        {
            var engine = GameEngine.Create(settings, Simulator.GameSeed(11, i));
            var ai = new Ai.SmartAi(settings);
            var steps = 0;
            while (!engine.IsOver)
            {
                var request = engine.Pending.First(r => engine.PendingFor(r.Seat) is not null);
                var decision = ai.Decide(engine, request);
                var result = engine.Submit(decision);
                Assert.True(result.Accepted, $"{request.Reason}: {result.Message}");
                if (++steps % 11 == 0)
                {
                    SimulationPropertyTests.AssertInvariants(engine);
                }

                Assert.True(steps < 50_000, "game did not end");
            }

            SimulationPropertyTests.AssertInvariants(engine);
            foreach (var e in engine.AllEvents)
            {
                if (e.Kind == EventKind.SkillInvoked && e.Text is { } id)
                {
                    invoked.Add(id);
                }
            }
        }

        Assert.All(["keji", "tuxi", "luoyi", "yingzi"], id => Assert.Contains(id, invoked));
    }
}
