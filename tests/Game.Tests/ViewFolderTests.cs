using System.Text.Json;
using SanguoOrleans.Game.Ai;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Simulation;
using SanguoOrleans.Game.Views;

namespace SanguoOrleans.Game.Tests;

public class ViewFolderTests
{
    [Theory]
    [InlineData(GameMode.Identity5)]
    [InlineData(GameMode.Identity8)]
    [InlineData(GameMode.OneVsOne)]
    public void A_folder_started_from_a_mid_game_view_follows_the_later_events_to_the_engine_view(GameMode mode)
    {
        const int StartingStep = 40;
        var settings = new GameSettings(mode);
        var ai = new SmartAi(settings);
        var engine = GameEngine.Create(settings, Simulator.GameSeed(91, (int)mode));
        var viewers = Enumerable.Range(-1, engine.Players.Length + 1).ToArray();
        Dictionary<int, ViewFolder>? folders = null;
        var seen = -1;
        for (var step = 0; !engine.IsOver; step++)
        {
            if (step == StartingStep)
            {
                folders = viewers.ToDictionary(v => v, v => ViewFolder.From(engine.ViewFor(v)));
                seen = engine.EventCount - 1;
            }

            var request = engine.Pending.First(r => engine.PendingFor(r.Seat) is not null);
            if (!engine.Submit(ai.Decide(engine, request)).Accepted)
            {
                engine.Submit(GameEngine.DefaultDecision(request));
            }

            if (folders is null)
            {
                continue;
            }

            foreach (var v in viewers)
            {
                foreach (var e in engine.EventsSince(seen, v))
                {
                    folders[v].Apply(e);
                }

                Assert.Equal(JsonSerializer.Serialize(engine.ViewFor(v)), JsonSerializer.Serialize(folders[v].ToView()));
            }

            seen = engine.EventCount - 1;
        }

        Assert.NotNull(folders);
    }
}
