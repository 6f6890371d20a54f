using SanguoOrleans.Game.Flow;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Tables;
using static SanguoOrleans.Grains.Tests.Tables.TestTables;

namespace SanguoOrleans.Grains.Tests.Tables;

/// <summary>A table whose storage refuses a write: the refusal the player gets is the truth.</summary>
public class TableWriteFailureTests(Persistence.FaultInjectionFixture fixture) : IClassFixture<Persistence.FaultInjectionFixture>
{
    // The state name TableGrain persists under.
    private const string TableState = "table";

    private IGrainFactory Grains => fixture.Cluster.GrainFactory;

    [Fact]
    public async Task Human_decision_whose_write_fails_is_refused_as_StorageUnavailable_and_not_applied()
    {
        var (table, humans) = await StartedAsync(Grains, 1);
        var me = humans[0].GetPrimaryKey();
        var request = await TablePlayTests.WaitForHumanRequestAsync(Grains, table, humans);
        var decision = GameEngine.DefaultDecision(request);
        var writesBefore = fixture.Faults.Writes(TableState);

        fixture.Faults.FailWrites(TableState, true);
        Outcome<int> refused;
        try
        {
            refused = await table.SubmitAsync(me, decision);
        }
        finally
        {
            fixture.Faults.FailWrites(TableState, false);
        }

        var after = Ok(await table.ConnectAsync(me, Grains.CreateObjectReference<ITableObserver>(new RecordingTableObserver())));
        Refused(RefusalCode.StorageUnavailable, refused);
        Assert.Equal(writesBefore, fixture.Faults.Writes(TableState));
        // Not applied: the same request still waits for this player, and answering it again is accepted.
        Assert.Equal(request.Id, after.Pending?.Id);
        Ok(await table.SubmitAsync(me, decision));
    }

    [Fact]
    public async Task Ai_only_table_whose_one_record_write_fails_writes_it_once_storage_is_back_and_it_reads_back()
    {
        var listenerKey = "ladder-" + Guid.NewGuid().ToString("N")[..8];
        var table = NewTable(Grains);
        var players = Enumerable.Repeat<Guid?>(null, 5).ToList();
        Ok(await table.CreateRankedAsync(new RankedTableRequest(Settings(seed: 9), players, TimeSpan.FromMilliseconds(300), RecordingResultListener.ListenerKey(listenerKey))));
        var writesBefore = fixture.Faults.Writes(TableState);

        fixture.Faults.FailWrites(TableState, true);
        TableInfo played;
        try
        {
            // Finished in memory; its one write (record and "reported") keeps failing and being retried.
            played = await WaitForStatusAsync(table, TableStatus.Finished);
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.Equal(writesBefore, fixture.Faults.Writes(TableState));
        }
        finally
        {
            fixture.Faults.FailWrites(TableState, false);
        }

        var deadline = DateTime.UtcNow + Patience;
        while (fixture.Faults.Writes(TableState) == writesBefore && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var reported = await Grains.GetGrain<IRecordingResultListener>(listenerKey).GetResultsAsync();

        // Read back by a fresh activation: what storage holds, not what the first one remembered.
        await Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var stored = Ok(await table.GetReplayAsync());
        Assert.Equal(writesBefore + 1, fixture.Faults.Writes(TableState));
        Assert.Equal((played.Result!.Side, played.Result.Turns), (stored.Result.Side, stored.Result.Turns));
        Assert.Equal(9UL, stored.Seed);
        Assert.NotEmpty(reported);
        Assert.All(reported, r => Assert.Equal(stored.Decisions.Count, r.Decisions.Count));
    }
}
