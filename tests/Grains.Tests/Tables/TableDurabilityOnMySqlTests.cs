using Orleans.Runtime;
using Orleans.TestingHost;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Tests.Users;
using static SanguoOrleans.Grains.Tests.Tables.TestTables;

namespace SanguoOrleans.Grains.Tests.Tables;

/// <summary>Tables on MariaDB across two silos: the hosting silo is killed mid-game and the game goes on elsewhere.</summary>
public class TableDurabilityOnMySqlTests(UsersOnMySqlFixture fixture) : IClassFixture<UsersOnMySqlFixture>
{
    private IGrainFactory Grains => fixture.Cluster.GrainFactory;

    [Fact]
    public async Task KilledHostingSilo_GameFinishesOnTheOtherSilo_WithEveryAcknowledgedDecisionInItsLog()
    {
        var (table, humans, host) = await StartOnASecondarySiloAsync();
        var me = humans[0].GetPrimaryKey();
        var acknowledged = new List<Game.Decisions.Decision>();
        var lastAckSeq = -1;
        for (var i = 0; i < 6; i++)
        {
            var request = await TablePlayTests.WaitForHumanRequestAsync(Grains, table, humans, acknowledged.LastOrDefault()?.RequestId ?? -1);
            var decision = GameEngine.DefaultDecision(request);
            lastAckSeq = Ok(await table.SubmitAsync(me, decision));
            acknowledged.Add(decision);
        }

        await fixture.Cluster.KillSiloAsync(host);
        // The player's connection died with the silo: reconnecting gives the snapshot to resume from.
        var snapshot = Ok(await DeadSilo.RetryUntilEvictedAsync(() => table.ConnectAsync(me, Grains.CreateObjectReference<ITableObserver>(new RecordingTableObserver()))));
        Ok(await table.SetAutoPlayAsync(me, true));
        await WaitForStatusAsync(table, TableStatus.Finished, TimeSpan.FromSeconds(30));
        var replay = Ok(await table.GetReplayAsync());

        Assert.Equal(TableStatus.Playing, snapshot.Info.Status);
        // A lost decision would rewind the rebuilt game to before it: fewer events, and its request asked again.
        Assert.True(snapshot.Seq >= lastAckSeq, $"the game resumed at event {snapshot.Seq}, before the last acknowledged one ({lastAckSeq})");
        Assert.DoesNotContain(snapshot.Pending?.Id ?? -1, acknowledged.Select(d => d.RequestId));
        Assert.NotNull(snapshot.View);
        var logged = replay.Decisions.Where(d => d.Seat == 0).Select(d => d.RequestId).ToList();
        Assert.All(acknowledged, d => Assert.Contains(d.RequestId, logged));
        Assert.True(GameEngine.Replay(replay.Settings.Game, replay.Seed, replay.Decisions).IsOver);
        await fixture.Cluster.StartAdditionalSiloAsync();
    }

    // The primary test silo holds the test cluster's membership and must stay up; grains are placed at random.
    private async Task<(ITableGrain Table, Interfaces.Users.IUserGrain[] Humans, SiloHandle Host)> StartOnASecondarySiloAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            var (table, humans) = await StartedAsync(Grains, 1, Settings(seed: (ulong)(100 + attempt)));
            var address = await Grains.GetGrain<IManagementGrain>(0).GetActivationAddress(table);
            var host = fixture.Cluster.GetActiveSilos().Single(s => s.SiloAddress.Equals(address));
            if (host != fixture.Cluster.Primary || attempt > 50)
            {
                return (table, humans, host);
            }
        }
    }

}
