using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Interfaces.Users;
using SanguoOrleans.Grains.Interfaces.Wallet;
using SanguoOrleans.Grains.Tests.Users;
using static SanguoOrleans.Grains.Tests.Tables.TestTables;

namespace SanguoOrleans.Grains.Tests.Tables;

[Collection(ClusterCollection.Name)]
public class TableResultTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task FinishedGame_IsRecordedForEveryPlayer_RewardPaidOnce_AndAnEscapeCounted()
    {
        var settings = Settings(seed: 21, limits: Quick) with { WinReward = 100, PlayReward = 10 };
        var (table, humans) = await StartedAsync(Grains, 2, settings);
        var stayer = humans[0];
        var escaper = humans[1];
        Ok(await table.SetAutoPlayAsync(stayer.GetPrimaryKey(), true));

        Ok(await table.LeaveAsync(escaper.GetPrimaryKey()));
        var escaperTable = await escaper.GetCurrentTableAsync();
        var final = await WaitForStatusAsync(table, TableStatus.Finished);
        var stayerRecord = await WaitForRecordAsync(stayer);
        var escaperRecord = await WaitForRecordAsync(escaper);
        var balance = (await stayer.GetBalanceAsync()).Tongqian;
        var won = final.Result!.WinningSeats.Contains(0);
        var role = final.Result.Roles[0].ToString();
        // The table retrying its report must not pay twice: the operation id is the same.
        var again = await stayer.RecordGameResultAsync(new UserGameResult(table.GetPrimaryKeyString(), role, won, false, won ? 100 : 10));

        Assert.Null(escaperTable);
        Assert.Null(await stayer.GetCurrentTableAsync());
        Assert.Equal(1, stayerRecord.Played);
        Assert.Equal(won ? 1 : 0, stayerRecord.Won);
        Assert.Equal(won ? 1 : 0, stayerRecord.WinsByRole.GetValueOrDefault(role));
        Assert.Equal(1, escaperRecord.Escapes);
        Assert.True(final.Seats[1].Escaped);
        Assert.Equal(won ? 100 : 10, balance);
        Assert.True(again.Ok);
        Assert.Equal(1, again.Value!.Played);
        Assert.Equal(balance, (await stayer.GetBalanceAsync()).Tongqian);
        Assert.Equal(0, (await escaper.GetBalanceAsync()).Tongqian);
    }

    [Fact]
    public async Task RankedTable_StartsAfterItsDelay_WithItsFixedPlayers_AndReportsToItsListener()
    {
        var human = await TestUsers.RegisterAsync(Grains);
        var listenerKey = "ladder-" + Guid.NewGuid().ToString("N")[..8];
        var table = NewTable(Grains);
        var request = new RankedTableRequest(Settings(seed: 3, limits: Quick), [null, human.GetPrimaryKey(), null, null, null], TimeSpan.FromMilliseconds(300), RecordingResultListener.ListenerKey(listenerKey));

        var created = Ok(await table.CreateRankedAsync(request));
        var sitRefused = await table.StandAsync(human.GetPrimaryKey());
        Ok(await table.ConnectAsync(human.GetPrimaryKey(), Grains.CreateObjectReference<ITableObserver>(new RecordingTableObserver())));
        await WaitForStatusAsync(table, TableStatus.Playing, TimeSpan.FromSeconds(5));
        Ok(await table.SetAutoPlayAsync(human.GetPrimaryKey(), true));
        await WaitForStatusAsync(table, TableStatus.Finished);
        var results = await WaitForResultsAsync(Grains.GetGrain<IRecordingResultListener>(listenerKey));

        Assert.Equal(TableStatus.Open, created.Status);
        Assert.True(created.Ranked);
        Refused(Interfaces.RefusalCode.TableStarted, sitRefused);
        var replay = Assert.Single(results);
        Assert.Equal(table.GetPrimaryKeyString(), replay.TableId);
        Assert.Equal(human.GetPrimaryKey(), replay.Seats[1].UserId);
        Assert.NotEmpty(replay.Decisions);
    }

    private static async Task<GameRecord> WaitForRecordAsync(IUserGrain user)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var games = Ok(await user.GetRecordsAsync()).Games;
            if (games.Played > 0 || DateTime.UtcNow > deadline)
            {
                return games;
            }

            await Task.Delay(50);
        }
    }

    private static async Task<IReadOnlyList<TableReplay>> WaitForResultsAsync(IRecordingResultListener listener)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var results = await listener.GetResultsAsync();
            if (results.Count > 0 || DateTime.UtcNow > deadline)
            {
                return results;
            }

            await Task.Delay(50);
        }
    }
}
