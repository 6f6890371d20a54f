using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Grains.Interfaces.Roguelike;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Interfaces.Users;
using SanguoOrleans.Grains.Interfaces.Wallet;
using static SanguoOrleans.Grains.Tests.Roguelike.RoguelikeTestRuns;
using static SanguoOrleans.Grains.Tests.Tables.TestTables;

namespace SanguoOrleans.Grains.Tests.Roguelike;

/// <summary>Runs brought to a shop (or an event): the battle of floor 1 is won by reporting its table won, the node is on floor 2.</summary>
internal static class RoguelikeShopRuns
{
    /// <summary>A fresh user's run standing at a shop.</summary>
    public static Task<(IUserGrain User, IRoguelikeActGrain Act, RoguelikeView View)> AtShopAsync(IGrainFactory grains) =>
        AtAsync(grains, NodeKind.Shop);

    /// <summary>A fresh user's run standing at a node of <paramref name="kind"/> on floor 2.</summary>
    public static async Task<(IUserGrain User, IRoguelikeActGrain Act, RoguelikeView View)> AtAsync(IGrainFactory grains, NodeKind kind)
    {
        for (var attempt = 0; ; attempt++)
        {
            Assert.True(attempt < 200, $"no map with a {kind} on floor 2 in 200 runs");
            var (user, act, view) = await StartedAsync(grains);
            if (await ToFloor2Async(grains, act, view, kind) is { } arrived)
            {
                return (user, act, arrived);
            }
        }
    }

    /// <summary>Moves a just started run to a shop on floor 2, or returns null when its map has none there.</summary>
    public static Task<RoguelikeView?> ToShopAsync(IGrainFactory grains, IRoguelikeActGrain act, RoguelikeView started) =>
        ToFloor2Async(grains, act, started, NodeKind.Shop);

    private static async Task<RoguelikeView?> ToFloor2Async(IGrainFactory grains, IRoguelikeActGrain act, RoguelikeView started, NodeKind kind)
    {
        var route = started.Map[0].Next
            .SelectMany(battle => started.Map[battle].Next.Select(target => (Battle: battle, Target: target)))
            .FirstOrDefault(r => started.Map[r.Target].Kind == kind);
        if (started.Map[route.Target].Kind != kind)
        {
            return null;
        }

        Ok(await act.MoveAsync(route.Battle));
        var tableId = Ok(await act.FightAsync());
        var user = RoguelikeIds.UserOf(act.GetPrimaryKeyString());
        await act.TableFinishedAsync(WonBy(user, tableId));
        // The real table is left so it ends at once; its own report then names a battle the run no longer waits for.
        await grains.GetGrain<ITableGrain>(tableId).LeaveAsync(user);
        return Ok(await act.MoveAsync(route.Target));
    }

    /// <summary>Gives the user tongqian to spend.</summary>
    public static async Task FundAsync(IUserGrain user, long amount) =>
        Ok(await user.ApplyWalletOperationAsync(new WalletOperation("fund-" + Guid.NewGuid().ToString("N"), Currency.Tongqian, amount, "test funds")));

    private static TableReplay WonBy(Guid user, string tableId) => new(
        tableId,
        new TableSettings("山河图 test", new GameSettings()),
        1,
        [],
        [new SeatInfo(0, SeatOccupant.Human, user, true, false, true, false), new SeatInfo(1, SeatOccupant.Ai, null, true, true, true, false)],
        new GameResult(WinningSide.Team, [0], [], 1, 1));
}
