using SanguoOrleans.Game.Flow;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Tables;
using static SanguoOrleans.Grains.Tests.Tables.TestTables;

namespace SanguoOrleans.Grains.Tests.Tables;

/// <summary>A table whose storage refuses a write: the refusal the player gets is the truth.</summary>
public class TableWriteFailureTests(TableStorageFaultsFixture fixture) : IClassFixture<TableStorageFaultsFixture>
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
}
