using SanguoOrleans.Grains.Interfaces.Ladder.Ratings;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Tests.Users;
using static SanguoOrleans.Grains.Tests.Tables.TestTables;

namespace SanguoOrleans.Grains.Tests.Ladder.Ratings;

/// <summary>The seam with the queue: a ranked table created with the ladder's listener key rates its players.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RankedTableLadderTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task A_ranked_table_reports_to_the_ladder_which_rates_its_human_player_once()
    {
        var ladder = "t-" + Guid.NewGuid().ToString("N")[..10];
        var human = await TestUsers.RegisterAsync(Grains);
        var user = human.GetPrimaryKey();
        var table = NewTable(Grains);
        var request = new RankedTableRequest(Settings(seed: 5, limits: Quick), [null, user, null, null, null], TimeSpan.FromMilliseconds(200), LadderIds.ResultListenerKey(ladder));

        Ok(await table.CreateRankedAsync(request));
        await WaitForStatusAsync(table, TableStatus.Playing, TimeSpan.FromSeconds(5));
        Ok(await table.SetAutoPlayAsync(user, true));
        var finished = await WaitForStatusAsync(table, TableStatus.Finished);
        var player = Grains.GetGrain<ILadderPlayerGrain>(LadderIds.PlayerKey(ladder, user));
        var deadline = DateTime.UtcNow + Patience;
        var standing = await player.GetStandingAsync();
        while (standing.Played == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            standing = await player.GetStandingAsync();
        }

        var won = finished.Result!.WinningSeats.Contains(1);
        Assert.Equal(1, standing.Played);
        Assert.Equal(won ? 1 : 0, standing.Won);
        Assert.Equal(won, standing.Mu > 25);
        Assert.True(standing.Sigma < 25.0 / 3);
        var copy = (await human.GetRecordsAsync()).Value!.Ladder;
        Assert.Equal((ladder, standing.Mu, standing.Played), (copy.LadderId, copy.Mu, copy.Played));
    }
}
