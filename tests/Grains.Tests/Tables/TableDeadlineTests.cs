using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Grains.Interfaces.Tables;
using static SanguoOrleans.Grains.Tests.Tables.TestTables;

namespace SanguoOrleans.Grains.Tests.Tables;

[Collection(ClusterCollection.Name)]
public class TableDeadlineTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task SilentPlayer_GetsTheDefaultAnswerAtEachDeadline_AndAfterThreeMissesIsAutoPlayed()
    {
        var (table, humans) = await StartedAsync(Grains, 1, Settings(seed: 11, limits: Quick));
        var observer = new RecordingTableObserver();
        var snapshot = Ok(await table.ConnectAsync(humans[0].GetPrimaryKey(), Grains.CreateObjectReference<ITableObserver>(observer)));

        var deadline = DateTime.UtcNow + Patience;
        while (!observer.Infos.Any(i => i.Seats[0].AutoPlay) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var answeredRequests = observer.Updates.Select(u => u.Pending?.Id).Append(snapshot.Pending?.Id).OfType<int>().Distinct().Count();
        Assert.True(observer.Infos.Any(i => i.Seats[0].AutoPlay), "three missed deadlines did not turn on auto-play");
        Assert.True(answeredRequests >= 3, $"only {answeredRequests} requests were asked before auto-play");
        // Once in 托管 the player never holds the game up: it runs to its end without them.
        await observer.Over.WaitAsync(Patience);
    }

    [Fact]
    public async Task AutoPlay_SwitchedOnByThePlayer_AnswersTheirPendingRequestAtOnce_AndCanBeSwitchedOff()
    {
        var (table, humans) = await StartedAsync(Grains, 2);
        var me = humans[0].GetPrimaryKey();
        var mine = await RequestForSeatAsync(table, humans, 0);

        var on = Ok(await table.SetAutoPlayAsync(me, true));
        var afterOn = Ok(await table.ConnectAsync(me, Grains.CreateObjectReference<ITableObserver>(new RecordingTableObserver())));
        var off = Ok(await table.SetAutoPlayAsync(me, false));

        Assert.True(on.Seats[0].AutoPlay);
        Assert.NotEqual(mine.Id, afterOn.Pending?.Id);
        Assert.False(off.Seats[0].AutoPlay);
    }

    [Fact]
    public async Task DisconnectedPlayer_IsAutoPlayed_SoTheGameGoesOnWithoutThem()
    {
        var (table, humans) = await StartedAsync(Grains, 1);
        var me = humans[0].GetPrimaryKey();
        var connection = Grains.CreateObjectReference<ITableObserver>(new RecordingTableObserver());
        Ok(await table.ConnectAsync(me, connection));

        await table.DisconnectAsync(me, connection);
        var info = await WaitForStatusAsync(table, TableStatus.Finished, TimeSpan.FromSeconds(5));

        Assert.False(info.Seats[0].Online);
        Assert.False(info.Seats[0].Escaped);
    }

    [Fact]
    public async Task ReconnectingPlayer_GetsTheirSnapshot_WithTheirHand_AndTheirPendingRequestAgain()
    {
        var (table, humans) = await StartedAsync(Grains, 1);
        var me = humans[0].GetPrimaryKey();
        var pending = await RequestForSeatAsync(table, humans, 0);

        var snapshot = Ok(await table.ConnectAsync(me, Grains.CreateObjectReference<ITableObserver>(new RecordingTableObserver())));

        Assert.Equal(0, snapshot.Viewer);
        Assert.Equal((pending.Id, pending.Seat, pending.Kind), (snapshot.Pending!.Id, snapshot.Pending.Seat, snapshot.Pending.Kind));
        Assert.NotNull(snapshot.Deadline);
        Assert.Equal(snapshot.View!.Seats[0].HandCount, snapshot.View.Seats[0].Hand.Count);
        Assert.All(snapshot.View.Seats.Skip(1), s => Assert.Empty(s.Hand));
        Ok(await table.SubmitAsync(me, GameEngine.DefaultDecision(snapshot.Pending!)));
    }

    /// <summary>Answers other humans' requests with the default until <paramref name="seat"/> is asked.</summary>
    private async Task<Game.Decisions.DecisionRequest> RequestForSeatAsync(ITableGrain table, Interfaces.Users.IUserGrain[] humans, int seat)
    {
        var answered = -1;
        while (true)
        {
            var request = await TablePlayTests.WaitForHumanRequestAsync(Grains, table, humans, answered);
            if (request.Seat == seat)
            {
                return request;
            }

            Ok(await table.SubmitAsync(humans[request.Seat].GetPrimaryKey(), GameEngine.DefaultDecision(request)));
            answered = request.Id;
        }
    }

    [Fact]
    public async Task Spectator_NeverReceivesAHiddenCard_NorAnyPlayersHand()
    {
        var (table, _) = await StartedAsync(Grains, 1, Settings(seed: 5, limits: Quick));
        var spectator = await Users.TestUsers.RegisterAsync(Grains);
        Ok(await table.JoinAsync(spectator.GetPrimaryKey()));
        var observer = new RecordingTableObserver();
        var snapshot = Ok(await table.ConnectAsync(spectator.GetPrimaryKey(), Grains.CreateObjectReference<ITableObserver>(observer)));

        await observer.Over.WaitAsync(Patience);
        var events = observer.Updates.SelectMany(u => u.Events).ToList();

        Assert.Equal(-1, snapshot.Viewer);
        Assert.Null(snapshot.Pending);
        Assert.All(snapshot.View!.Seats, s => Assert.Empty(s.Hand));
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Visibility == Visibility.Only);
        Assert.All(events, e => Assert.True(e.IsVisibleTo(-1)));
        Assert.All(observer.Updates, u => Assert.Null(u.Pending));
    }
}
