using System.Diagnostics;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Tests.Users;
using static SanguoOrleans.Grains.Tests.Tables.TestTables;

namespace SanguoOrleans.Grains.Tests.Tables;

[Collection(ClusterCollection.Name)]
public class TablePlayTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Theory]
    [InlineData(GameMode.Identity5, 7UL)]
    [InlineData(GameMode.Identity8, 8UL)]
    [InlineData(GameMode.Doubles, 9UL)]
    [InlineData(GameMode.OneVsOne, 10UL)]
    public async Task AllAiTable_PlaysAWholeGame_AndItsReplayRebuildsTheSameResult(GameMode mode, ulong seed)
    {
        var owner = await TestUsers.RegisterAsync(Grains);
        var ownerId = owner.GetPrimaryKey();
        var table = NewTable(Grains);
        var settings = Settings(seed, mode: mode);
        Ok(await table.CreateAsync(ownerId, settings));
        Ok(await table.StandAsync(ownerId));
        for (var seat = 0; seat < settings.SeatCount; seat++)
        {
            Ok(await table.AddAiAsync(ownerId, seat));
        }

        Ok(await table.StartAsync(ownerId));
        var info = await WaitForStatusAsync(table, TableStatus.Finished);
        var replay = Ok(await table.GetReplayAsync());

        var rebuilt = GameEngine.Replay(replay.Settings.Game, replay.Seed, replay.Decisions);
        Assert.True(rebuilt.IsOver);
        Assert.Equal(info.Result!.Side, rebuilt.Result!.Side);
        Assert.Equal(info.Result.WinningSeats, rebuilt.Result.WinningSeats);
        Assert.Equal(seed, replay.Seed);
    }

    [Fact]
    public async Task ScriptedHuman_PlaysAGameThroughPushedRequests_EveryAnswerAcknowledged_EventsInOrder()
    {
        var (table, humans) = await StartedAsync(Grains, 1);
        var me = humans[0].GetPrimaryKey();
        var observer = new RecordingTableObserver();
        var reference = Grains.CreateObjectReference<ITableObserver>(observer);
        var snapshot = Ok(await table.ConnectAsync(me, reference));
        Assert.Equal(0, snapshot.Viewer);

        var answered = -1;
        var acknowledged = 0;
        var request = snapshot.Pending;
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < Patience)
        {
            request ??= await observer.NextRequestAsync(answered, Patience);
            if (request is null)
            {
                break;
            }

            var ack = await table.SubmitAsync(me, GameEngine.DefaultDecision(request));
            Assert.True(ack.Ok, ack.Refusal?.ToString());
            acknowledged++;
            answered = request.Id;
            request = null;
        }

        await observer.Over.WaitAsync(Patience);
        var seqs = observer.Updates.SelectMany(u => u.Events).Select(e => e.Seq).ToList();
        Assert.True(acknowledged > 0);
        Assert.Equal(seqs.Order(), seqs);
        Assert.Equal(seqs.Count, seqs.Distinct().Count());
        Assert.All(observer.Updates.SelectMany(u => u.Events), e => Assert.True(e.IsVisibleTo(0)));
        Assert.Equal(TableStatus.Finished, (await WaitForStatusAsync(table, TableStatus.Finished)).Status);
        Grains.DeleteObjectReference<ITableObserver>(reference);
    }

    [Fact]
    public async Task DecisionForAnotherSeat_IsRefused_NotYourSeat_AndSpectatorsCannotDecide()
    {
        var (table, humans) = await StartedAsync(Grains, 2);
        var spectator = await TestUsers.RegisterAsync(Grains);
        Ok(await table.JoinAsync(spectator.GetPrimaryKey()));
        var request = await WaitForHumanRequestAsync(Grains, table, humans);
        var owner = humans[request.Seat].GetPrimaryKey();
        var other = humans[1 - request.Seat].GetPrimaryKey();

        Refused(RefusalCode.NotYourSeat, await table.SubmitAsync(other, GameEngine.DefaultDecision(request)));
        Refused(RefusalCode.NotYourSeat, await table.SubmitAsync(spectator.GetPrimaryKey(), GameEngine.DefaultDecision(request)));
        Ok(await table.SubmitAsync(owner, GameEngine.DefaultDecision(request)));
    }

    [Fact]
    public async Task DecisionForAnAnsweredRequest_IsRefused_Stale_AndAnIllegalOneChangesNothing()
    {
        var (table, humans) = await StartedAsync(Grains, 1);
        var me = humans[0].GetPrimaryKey();
        var first = await WaitForHumanRequestAsync(Grains, table, humans);
        Ok(await table.SubmitAsync(me, GameEngine.DefaultDecision(first)));

        Refused(RefusalCode.StaleDecision, await table.SubmitAsync(me, GameEngine.DefaultDecision(first)));

        var next = await WaitForHumanRequestAsync(Grains, table, humans, first.Id);
        var illegal = new Decision(next.Id, next.Seat, false, [9999], []);
        Refused(RefusalCode.IllegalDecision, await table.SubmitAsync(me, illegal));
        Ok(await table.SubmitAsync(me, GameEngine.DefaultDecision(next)));
    }

    /// <summary>The first request pushed to any of the humans (each connected with its own observer).</summary>
    internal static async Task<DecisionRequest> WaitForHumanRequestAsync(IGrainFactory grains, ITableGrain table, IReadOnlyList<Interfaces.Users.IUserGrain> humans, int answeredId = -1)
    {
        var observers = new List<RecordingTableObserver>();
        foreach (var human in humans)
        {
            var observer = new RecordingTableObserver();
            observer.StartFrom(Ok(await table.ConnectAsync(human.GetPrimaryKey(), grains.CreateObjectReference<ITableObserver>(observer))));
            observers.Add(observer);
        }

        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (observers.Select(o => o.Pending).FirstOrDefault(p => p is not null && p.Id != answeredId) is { } pending)
            {
                return pending;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("No human was asked.");
    }
}
