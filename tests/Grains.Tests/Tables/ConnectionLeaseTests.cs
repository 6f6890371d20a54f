using SanguoOrleans.Grains.Interfaces.Tables;
using static SanguoOrleans.Grains.Tests.Tables.TestTables;

namespace SanguoOrleans.Grains.Tests.Tables;

/// <summary>Connections whose gateway stopped refreshing them are dropped; refreshed ones are kept.</summary>
public class ConnectionLeaseTests(ShortLeaseFixture fixture) : IClassFixture<ShortLeaseFixture>
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Connection_no_longer_refreshed_is_dropped_after_its_lease_and_its_player_auto_played()
    {
        var (table, humans) = await StartedAsync(Grains, 1, Settings(seed: 5));
        var me = humans[0].GetPrimaryKey();
        var observer = new RecordingTableObserver();
        var connection = Grains.CreateObjectReference<ITableObserver>(observer);
        Ok(await table.ConnectAsync(me, connection));
        Assert.True(await table.RefreshAsync(me, connection));

        // Standard time limits: only the dropped connection's 托管 can finish the game within the wait.
        var final = await WaitForStatusAsync(table, TableStatus.Finished, ShortLeaseFixture.Lease * 10);

        Assert.False(await table.RefreshAsync(me, connection));
        Assert.False(final.Seats[0].Online);
    }

    [Fact]
    public async Task Connection_refreshed_within_its_lease_is_kept_and_its_player_still_waited_for()
    {
        var (table, humans) = await StartedAsync(Grains, 1, Settings(seed: 6));
        var me = humans[0].GetPrimaryKey();
        var connection = Grains.CreateObjectReference<ITableObserver>(new RecordingTableObserver());
        Ok(await table.ConnectAsync(me, connection));

        var until = DateTime.UtcNow + ShortLeaseFixture.Lease * 2.5;
        while (DateTime.UtcNow < until)
        {
            Assert.True(await table.RefreshAsync(me, connection));
            await Task.Delay(ShortLeaseFixture.Lease / 8);
        }

        var info = Ok(await table.GetInfoAsync());
        Assert.Equal(TableStatus.Playing, info.Status);
        Assert.True(info.Seats[0].Online);
    }

    [Fact]
    public async Task Refresh_of_a_connection_the_table_does_not_know_says_to_connect_again()
    {
        var (table, humans) = await StartedAsync(Grains, 1, Settings(seed: 7));

        var known = await table.RefreshAsync(humans[0].GetPrimaryKey(), Grains.CreateObjectReference<ITableObserver>(new RecordingTableObserver()));

        Assert.False(known);
    }
}
