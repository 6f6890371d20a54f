using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Heroes;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Simulation;

namespace SanguoOrleans.Game.Tests.Skills;

public class SkillAiTests
{
    [Fact]
    public void Ai_games_use_every_view_as_active_and_lord_skill()
    {
        var plain = new GameSettings(GameMode.Identity8);
        var used = new HashSet<string>();
        for (var i = 0; i < 300; i++)
        {
            // The AI lord always picks its favourite lord hero: the lords take turns instead.
            var settings = plain with { FixedHeroes = Table(HeroCatalog.LordHeroes[i % 3], i) };
            var engine = GameEngine.Create(settings, Simulator.GameSeed(7, i));
            var ai = new Ai.SmartAi(settings);
            while (!engine.IsOver)
            {
                GameRunner.Step(engine, _ => ai);
            }

            used.UnionWith(engine.AllEvents.Where(e => e.Kind == EventKind.SkillInvoked && e.Text is not null).Select(e => e.Text!));
        }

        string[] expected =
        [
            "wusheng", "longdan", "qingguo", "qixi", "guose", "jijiu", "rende", "zhiheng", "kurou", "fanjian", "jieyin",
            "qingnang", "lijian", "hujia", "jijiang", "jiuyuan",
        ];
        Assert.Empty(expected.Except(used));
    }

    /// <summary>Eight heroes: the lord, then seven others taken in catalog order from a game-dependent start.</summary>
    private static string[] Table(string lord, int game)
    {
        var others = HeroCatalog.All.Select(h => h.Id).Where(h => h != lord).ToList();
        return [lord, .. Enumerable.Range(0, 7).Select(k => others[(game * 5 + k) % others.Count])];
    }
}
