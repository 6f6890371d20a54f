using SanguoOrleans.Game.Ai;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Simulation;

namespace SanguoOrleans.Game.Tests.Skills;

public class DefaultAnswerTests
{
    [Fact]
    public void The_default_answer_to_every_request_of_a_game_with_heroes_is_legal()
    {
        var settings = new GameSettings(GameMode.Identity8);
        var askedForSkills = 0;
        for (var g = 0; g < 20; g++)
        {
            var engine = GameEngine.Create(settings, Simulator.GameSeed(5, g));
            var smart = new SmartAi(settings);
            for (var n = 0; !engine.IsOver && n < 50_000; n++)
            {
                var request = engine.Pending.First(r => engine.PendingFor(r.Seat) is not null);
                askedForSkills += request.Reason.StartsWith("skill:", StringComparison.Ordinal) || request.Reason == "trigger_order" ? 1 : 0;

                // Every other answer is the time-out default; the rest are the SmartAi's, so games still end.
                var answer = n % 2 == 0 ? GameEngine.DefaultDecision(request) : smart.Decide(engine, request);
                Scenario.Ok(engine.Submit(answer));
            }

            Assert.True(engine.IsOver);
        }

        Assert.True(askedForSkills > 0);
    }
}
