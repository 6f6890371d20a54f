using SanguoOrleans.Game.Modes;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Ladder;
using SanguoOrleans.Grains.Interfaces.Ladder.Ratings;
using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Grains.Tests.Ladder;

[Collection(LadderCollection.Name)]
public class LadderQueueGrainTests(LadderClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    private static string NewQueue(string ladder = LadderNames.Doubles) => LadderNames.QueueKey(ladder, Guid.NewGuid().ToString("N")[..8]);

    private static async Task<LadderPlayer[]> PlayersAsync(IGrainFactory grains, int count) =>
        await Task.WhenAll(Enumerable.Range(0, count).Select(_ => LadderPlayer.OnlineAsync(grains)));

    private static async Task EnqueueAsync(ILadderQueueGrain queue, IEnumerable<LadderPlayer> players)
    {
        foreach (var player in players)
        {
            var queued = await queue.EnqueueAsync(player.Id);
            Assert.True(queued.Ok, queued.Refusal?.Message);
        }
    }

    [Fact]
    public async Task AnEscapedPlayer_IsRefusedByTheQueue_UntilTheCooldownEnds()
    {
        var queue = Grains.GetGrain<ILadderQueueGrain>(NewQueue());
        var (escaper, other) = await PlayersAsync(Grains, 2) switch { var p => (p[0], p[1]) };
        var record = Grains.GetGrain<ILadderPlayerGrain>(LadderIds.PlayerKey(LadderNames.Doubles, escaper.Id));
        var before = await record.GetStandingAsync();
        Assert.True((await record.ApplyResultAsync(new LadderResult("t-escape", before.Season, before.Mu, before.Sigma, LadderOutcome.Lost, Escaped: true))).Ok);

        var refused = await queue.EnqueueAsync(escaper.Id);
        var accepted = await queue.EnqueueAsync(other.Id);

        Assert.Equal(RefusalCode.QueueCooldown, refused.Refusal?.Code);
        Assert.True(accepted.Ok, accepted.Refusal?.Message);
    }

    [Fact]
    public async Task FourQueuedSingles_GetOneRankedTable_AndEachIsToldItsTableAndSeat()
    {
        var queue = Grains.GetGrain<ILadderQueueGrain>(NewQueue());
        var players = await PlayersAsync(Grains, 4);

        await EnqueueAsync(queue, players);
        var found = await Task.WhenAll(players.Select(p => p.WaitForAsync(LadderNoticeKind.MatchFound)));

        var tableId = Assert.Single(found.Select(f => f.TableId).Distinct());
        Assert.NotNull(tableId);
        var table = (await Grains.GetGrain<ITableGrain>(tableId).GetInfoAsync()).Value!;
        Assert.True(table.Ranked);
        Assert.Equal([0, 1, 2, 3], found.Select(f => f.Seat!.Value).Order());
        Assert.All(players.Zip(found), pair => Assert.Equal(pair.First.Id, table.Seats[pair.Second.Seat!.Value].UserId));
        var status = await queue.GetStatusAsync(players[0].Id);
        Assert.Equal(LadderQueueState.Matched, status.State);
        Assert.Equal(tableId, status.TableId);
        Assert.Equal(tableId, await players[0].User.GetCurrentTableAsync());
        var stats = await queue.GetStatsAsync();
        Assert.Equal(1, stats.Matches);
        Assert.Equal(0.0, stats.MeanSpread, 6);
        var crowd = Assert.Single(stats.ByCrowding);
        Assert.Equal(0, crowd.QueueAtLeast);
        Assert.Equal(1, crowd.Matches);
    }

    [Fact]
    public async Task WithRatingBands_TheLadderRoutesAPlayerToTheQueueOfTheirBand_AndLeavingGoesThere()
    {
        // Borders 20 and 25: an unranked player (μ 25) belongs to band 2.
        var ladder = Grains.GetGrain<ILadderQueueGrain>(LadderNames.Doubles);
        var band = Grains.GetGrain<ILadderQueueGrain>(LadderNames.QueueKey(LadderNames.Doubles, "b2"));
        var lower = Grains.GetGrain<ILadderQueueGrain>(LadderNames.QueueKey(LadderNames.Doubles, "b1"));
        var player = await LadderPlayer.OnlineAsync(Grains);

        var queued = await ladder.EnqueueAsync(player.Id);
        var inBand = await band.GetStatusAsync(player.Id);
        var inLower = await lower.GetStatusAsync(player.Id);
        var again = await ladder.EnqueueAsync(player.Id);
        var left = await ladder.LeaveAsync(player.Id);

        Assert.Equal(LadderQueueState.Queued, queued.Value!.State);
        Assert.Equal(LadderQueueState.Queued, inBand.State);
        Assert.Equal(LadderQueueState.Idle, inLower.State);
        Assert.Equal(RefusalCode.AlreadyQueued, again.Refusal?.Code);
        Assert.Equal(0, (await ladder.GetStatsAsync()).Waiting);
        Assert.Equal(LadderQueueState.Idle, left.Value!.State);
        Assert.Equal(LadderQueueState.Idle, (await band.GetStatusAsync(player.Id)).State);
    }

    [Fact]
    public async Task QueueingTwice_IsRefused_AndAnOfflineUserCannotQueue()
    {
        var queue = Grains.GetGrain<ILadderQueueGrain>(NewQueue());
        var online = await LadderPlayer.OnlineAsync(Grains);
        var offline = await LadderPlayer.OnlineAsync(Grains);
        await offline.GoOfflineAsync();

        Assert.True((await queue.EnqueueAsync(online.Id)).Ok);
        var again = await queue.EnqueueAsync(online.Id);
        var refused = await queue.EnqueueAsync(offline.Id);

        Assert.Equal(RefusalCode.AlreadyQueued, again.Refusal?.Code);
        Assert.Equal(RefusalCode.UserOffline, refused.Refusal?.Code);
    }

    [Fact]
    public async Task APlayerWhoLeavesBeforeTheMatch_IsNotMatched()
    {
        var queue = Grains.GetGrain<ILadderQueueGrain>(NewQueue());
        var players = await PlayersAsync(Grains, 5);
        var leaver = players[0];

        await EnqueueAsync(queue, [leaver]);
        var left = await queue.LeaveAsync(leaver.Id);
        await EnqueueAsync(queue, players[1..]);
        await Task.WhenAll(players[1..].Select(p => p.WaitForAsync(LadderNoticeKind.MatchFound)));

        Assert.Equal(LadderQueueState.Idle, left.Value!.State);
        Assert.Equal(RefusalCode.NotQueued, (await queue.LeaveAsync(leaver.Id)).Refusal?.Code);
        Assert.Empty(leaver.Notices);
        Assert.Equal(LadderQueueState.Idle, (await queue.GetStatusAsync(leaver.Id)).State);
    }

    [Fact]
    public async Task ALonePlayer_IsSeatedWithAi_AfterTheAiWait()
    {
        var queue = Grains.GetGrain<ILadderQueueGrain>(NewQueue(LadderNames.Identity8));
        var player = await LadderPlayer.OnlineAsync(Grains);
        var started = DateTime.UtcNow;

        await EnqueueAsync(queue, [player]);
        var found = await player.WaitForAsync(LadderNoticeKind.MatchFound);

        Assert.True(DateTime.UtcNow - started >= LadderClusterFixture.AiFillAfter - TimeSpan.FromMilliseconds(250));
        var table = (await Grains.GetGrain<ITableGrain>(found.TableId!).GetInfoAsync()).Value!;
        Assert.Equal(8, table.Seats.Count);
        Assert.Equal(player.Id, Assert.Single(table.Seats, s => s.UserId is not null).UserId);
        Assert.Equal(1, (await queue.GetStatsAsync()).AiFilledMatches);
    }

    [Fact]
    public async Task AnAcceptedInvitation_QueuesATeam_ThatPlaysOnOneSide()
    {
        var queue = Grains.GetGrain<ILadderQueueGrain>(NewQueue());
        var (a, b, c, d) = await PlayersAsync(Grains, 4) switch { var p => (p[0], p[1], p[2], p[3]) };

        Assert.True((await queue.InviteAsync(a.Id, b.Id)).Ok);
        var invited = await b.WaitForAsync(LadderNoticeKind.Invited);
        Assert.Equal([a.Id], (await queue.GetStatusAsync(b.Id)).PendingInvitesFrom);
        var accepted = await queue.AcceptAsync(b.Id, a.Id);
        await a.WaitForAsync(LadderNoticeKind.InviteAccepted);
        Assert.True((await queue.InviteAsync(c.Id, d.Id)).Ok);
        Assert.True((await queue.AcceptAsync(d.Id, c.Id)).Ok);
        var seats = await Task.WhenAll(new[] { a, b, c, d }.Select(async p => (await p.WaitForAsync(LadderNoticeKind.MatchFound)).Seat!.Value));

        Assert.Equal(a.Id, invited.From);
        Assert.Equal(LadderQueueState.Queued, accepted.Value!.State);
        Assert.Equal([a.Id, b.Id], accepted.Value.Team);
        // 2v2 seating: seats 0 and 3 against 1 and 2.
        var sides = seats.Select(seat => TeamRules.Doubles.Seating[seat]).ToArray();
        Assert.Equal(sides[0], sides[1]);
        Assert.Equal(sides[2], sides[3]);
        Assert.NotEqual(sides[0], sides[2]);
    }

    [Fact]
    public async Task ADeclinedInvitation_TellsTheInviter_AndCannotBeAcceptedAfterwards()
    {
        var queue = Grains.GetGrain<ILadderQueueGrain>(NewQueue());
        var (a, b) = await PlayersAsync(Grains, 2) switch { var p => (p[0], p[1]) };
        var offline = await LadderPlayer.OnlineAsync(Grains);
        await offline.GoOfflineAsync();

        Assert.True((await queue.InviteAsync(a.Id, b.Id)).Ok);
        Assert.True((await queue.DeclineAsync(b.Id, a.Id)).Ok);
        var declined = await a.WaitForAsync(LadderNoticeKind.InviteDeclined);
        var late = await queue.AcceptAsync(b.Id, a.Id);
        var toOffline = await queue.InviteAsync(a.Id, offline.Id);
        var identity = await Grains.GetGrain<ILadderQueueGrain>(NewQueue(LadderNames.Identity8)).InviteAsync(a.Id, b.Id);

        Assert.Equal(b.Id, declined.From);
        Assert.Equal(RefusalCode.NoSuchInvitation, late.Refusal?.Code);
        Assert.Equal(RefusalCode.UserOffline, toOffline.Refusal?.Code);
        Assert.Equal(RefusalCode.InvalidArgument, identity.Refusal?.Code);
    }

    [Fact]
    public async Task AVanishedPlayer_DropsOut_AndTheOthersGoBackToTheirPlaces()
    {
        var queue = Grains.GetGrain<ILadderQueueGrain>(NewQueue());
        var players = await PlayersAsync(Grains, 5);
        var vanished = players[0];
        var stayers = players[1..4];
        var late = players[4];

        await EnqueueAsync(queue, [vanished]);
        await vanished.GoOfflineAsync();
        await EnqueueAsync(queue, stayers);
        var queuedAt = await Task.WhenAll(stayers.Select(async p => (await queue.GetStatusAsync(p.Id)).QueuedAt));
        await Task.WhenAll(stayers.Select(p => p.WaitForAsync(LadderNoticeKind.Requeued)));
        var back = await Task.WhenAll(stayers.Select(async p => await queue.GetStatusAsync(p.Id)));
        await EnqueueAsync(queue, [late]);
        await Task.WhenAll(stayers.Append(late).Select(p => p.WaitForAsync(LadderNoticeKind.MatchFound)));

        Assert.All(back, s => Assert.Equal(LadderQueueState.Queued, s.State));
        Assert.Equal(queuedAt, back.Select(s => s.QueuedAt));
        Assert.Equal(LadderQueueState.Idle, (await queue.GetStatusAsync(vanished.Id)).State);
        Assert.Null(await vanished.User.GetCurrentTableAsync());
    }

    [Fact]
    public async Task ATableThatCannotBeMade_PutsEveryoneBack_AtTheirPlaces_AndTheNextTickRetries()
    {
        var queue = Grains.GetGrain<ILadderQueueGrain>(NewQueue());
        var players = await PlayersAsync(Grains, 4);
        fixture.Tables.FailNext(1);

        await EnqueueAsync(queue, players);
        await Task.WhenAll(players.Select(p => p.WaitForAsync(LadderNoticeKind.Requeued)));
        var found = await Task.WhenAll(players.Select(p => p.WaitForAsync(LadderNoticeKind.MatchFound)));
        var stats = await queue.GetStatsAsync();

        Assert.Equal(4, stats.Requeued);
        Assert.Equal(1, stats.Matches);
        Assert.Single(found.Select(f => f.TableId).Distinct());
        Assert.All(players, p => Assert.Equal(LadderNoticeKind.MatchFound, p.Notices.Last().Kind));
    }
}
