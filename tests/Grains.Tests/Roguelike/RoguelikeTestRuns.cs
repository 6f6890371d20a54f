using SanguoOrleans.Grains.Interfaces.Roguelike;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Interfaces.Users;
using SanguoOrleans.Grains.Tests.Users;
using static SanguoOrleans.Grains.Tests.Tables.TestTables;

namespace SanguoOrleans.Grains.Tests.Roguelike;

/// <summary>Users with a run started, and battles played through their tables.</summary>
internal static class RoguelikeTestRuns
{
    public const string Hero = "xiahoudun";

    public static async Task<(IUserGrain User, IRoguelikeActGrain Act, RoguelikeView View)> StartedAsync(IGrainFactory grains)
    {
        var user = await TestUsers.RegisterAsync(grains);
        var act = RoguelikeIds.Act(grains, user.GetPrimaryKey());
        return (user, act, Ok(await act.StartRunAsync(Hero)));
    }

    /// <summary>Moves to the first node after the start: always a battle.</summary>
    public static async Task<RoguelikeView> ToFirstBattleAsync(IRoguelikeActGrain act, RoguelikeView view) =>
        Ok(await act.MoveAsync(view.Map[0].Next[0]));

    /// <summary>Opens the battle of the current node and waits until its game runs.</summary>
    public static async Task<ITableGrain> OpenBattleAsync(IGrainFactory grains, IRoguelikeActGrain act)
    {
        var table = grains.GetGrain<ITableGrain>(Ok(await act.FightAsync()));
        await WaitForStatusAsync(table, TableStatus.Playing, TimeSpan.FromSeconds(10));
        return table;
    }

    /// <summary>Waits until the act grain has applied its battle's result.</summary>
    public static async Task<RoguelikeView> WaitForBattleResultAsync(IRoguelikeActGrain act)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var view = Ok(await act.GetAsync());
            if (view.BattleTable is null || DateTime.UtcNow > deadline)
            {
                Assert.Null(view.BattleTable);
                return view;
            }

            await Task.Delay(50);
        }
    }
}
