using Orleans.Runtime;
using Orleans.TestingHost;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Roguelike;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Tests.Users;
using static SanguoOrleans.Grains.Tests.Roguelike.RoguelikeTestRuns;
using static SanguoOrleans.Grains.Tests.Tables.TestTables;

namespace SanguoOrleans.Grains.Tests.Roguelike;

/// <summary>The activity on MariaDB across two silos: what was acknowledged survives the death of its silo.</summary>
public class RoguelikeOnMySqlTests(UsersOnMySqlFixture fixture) : IClassFixture<UsersOnMySqlFixture>
{
    private IGrainFactory Grains => fixture.Cluster.GrainFactory;

    [Fact]
    public async Task RunAndDailyReset_SurviveAKilledSilo_AndTheBattleTableIsStillTheRunsOwn()
    {
        var (act, view, host) = await StartOnASecondarySiloAsync();
        var moved = await ToFirstBattleAsync(act, view);
        var tableId = Ok(await act.FightAsync());

        await fixture.Cluster.KillSiloAsync(host);
        // Every grain that may have lived on the dead silo is reached through retries until the silo is evicted.
        var after = Ok(await DeadSilo.RetryUntilEvictedAsync(act.GetAsync));
        var fightAgain = Ok(await DeadSilo.RetryUntilEvictedAsync(act.FightAsync));
        var info = Ok(await DeadSilo.RetryUntilEvictedAsync(Grains.GetGrain<ITableGrain>(tableId).GetInfoAsync));

        Assert.Equal(moved.Position, after.Position);
        Assert.Equal(moved.Stamina, after.Stamina);
        Assert.Equal(1, after.ResetsApplied);
        Assert.Equal(moved.ResetDay, after.ResetDay);
        Assert.Equal(RoguelikeTestRuns.Hero, after.Hero);
        Assert.Equal(tableId, after.BattleTable);
        Assert.Equal(tableId, fightAgain);
        Assert.True(info.Ranked);
        await fixture.Cluster.StartAdditionalSiloAsync();
    }

    [Fact]
    public async Task SiloOfTheActDies_DuringABattle_TheResultStillArrives_AndIsAppliedOnce()
    {
        var (act, view, host) = await StartOnASecondarySiloAsync();
        var user = RoguelikeIds.UserOf(act.GetPrimaryKeyString());
        var moved = await ToFirstBattleAsync(act, view);
        var table = Grains.GetGrain<ITableGrain>(Ok(await act.FightAsync()));
        await WaitForStatusAsync(table, TableStatus.Playing, TimeSpan.FromSeconds(15));

        await fixture.Cluster.KillSiloAsync(host);
        // The table may have lived on the dead silo too: it comes back from its log when called.
        Ok(await DeadSilo.RetryUntilEvictedAsync(() => table.SetAutoPlayAsync(user, true)));
        Ok(await DeadSilo.RetryUntilEvictedAsync(act.GetAsync));
        await WaitForStatusAsync(table, TableStatus.Finished, TimeSpan.FromSeconds(120));
        var after = await WaitForBattleResultAsync(act);
        await act.TableFinishedAsync(Ok(await table.GetReplayAsync()));
        var again = Ok(await act.GetAsync());

        var won = after.Cleared.Contains(after.Position);
        Assert.Equal(moved.Position, after.Position);
        Assert.Equal(moved.Stamina, after.Stamina);
        Assert.Equal(won ? moved.MaxHp : moved.MaxHp - 1, after.Hp);
        Assert.Equal(won ? 1 : 0, after.Unclaimed.Count);
        Assert.Equal((after.Hp, after.Cleared.Count, after.Unclaimed.Count), (again.Hp, again.Cleared.Count, again.Unclaimed.Count));
        await fixture.Cluster.StartAdditionalSiloAsync();
    }

    [Fact]
    public async Task ShopOffersAndAPurchase_SurviveAKilledSilo_TheOffersDerivedAgainFromTheRun()
    {
        var (act, atShop, host) = await AtShopOnASecondarySiloAsync();
        var user = Grains.GetGrain<Interfaces.Users.IUserGrain>(RoguelikeIds.UserOf(act.GetPrimaryKeyString()));
        await RoguelikeShopRuns.FundAsync(user, 300);
        var bought = Ok(await act.BuyAsync(atShop.Position, atShop.Shop[1].Boon));

        await fixture.Cluster.KillSiloAsync(host);
        var after = Ok(await DeadSilo.RetryUntilEvictedAsync(act.GetAsync));
        var buyAgain = await act.BuyAsync(atShop.Position, atShop.Shop[1].Boon);
        var balance = (await user.GetBalanceAsync()).Tongqian;

        Assert.Equal(atShop.Shop.Select(o => (o.Boon, o.Price)), after.Shop.Select(o => (o.Boon, o.Price)));
        Assert.Equal([false, true, false], after.Shop.Select(o => o.Bought));
        Assert.Equal(bought.Boons, after.Boons);
        Assert.Equal(RefusalCode.OperationConflict, buyAgain.Refusal?.Code);
        Assert.Equal(300 - atShop.Shop[1].Price, balance);
        await fixture.Cluster.StartAdditionalSiloAsync();
    }

    private async Task<(IRoguelikeActGrain Act, RoguelikeView View, SiloHandle Host)> AtShopOnASecondarySiloAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            Assert.True(attempt < 200, "no map with a shop on floor 2 in 200 runs");
            var (act, view, host) = await StartOnASecondarySiloAsync();
            if (await RoguelikeShopRuns.ToShopAsync(Grains, act, view) is { } atShop)
            {
                return (act, atShop, host);
            }
        }
    }

    // The primary test silo holds the test cluster's membership and must stay up; grains are placed at random.
    private async Task<(IRoguelikeActGrain Act, RoguelikeView View, SiloHandle Host)> StartOnASecondarySiloAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            var (_, act, view) = await StartedAsync(Grains);
            var address = await Grains.GetGrain<IManagementGrain>(0).GetActivationAddress(act);
            var host = fixture.Cluster.GetActiveSilos().Single(s => s.SiloAddress.Equals(address));
            if (host != fixture.Cluster.Primary || attempt > 50)
            {
                return (act, view, host);
            }
        }
    }
}
