using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Ladder;

namespace SanguoOrleans.Grains.Tests.Ladder;

[Collection(LadderCollection.Name)]
public class LadderTicketRenewalTests(LadderClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    private static string NewQueue(string ladder = LadderNames.Doubles) => LadderNames.QueueKey(ladder, Guid.NewGuid().ToString("N")[..8]);

    private static LadderRenewal TicketOf(LadderStatus status) => new(status.Team, status.QueuedAt!.Value);

    [Fact]
    public async Task AQueueThatLostItsActivation_TakesARenewedTicketBack_WithItsQueueTime_AndFillsItsMatchWithAi()
    {
        var queue = Grains.GetGrain<ILadderQueueGrain>(NewQueue());
        var player = await LadderPlayer.OnlineAsync(Grains);
        var queued = (await queue.EnqueueAsync(player.Id)).Value!;

        await queue.LoseActivationAsync(player.Id);
        var renewed = await queue.RenewAsync(player.Id, TicketOf(queued));
        var found = await player.WaitForAsync(LadderNoticeKind.MatchFound);

        Assert.True(renewed.Ok, renewed.Refusal?.Message);
        Assert.Equal(LadderQueueState.Queued, renewed.Value!.State);
        Assert.Equal(queued.QueuedAt, renewed.Value.QueuedAt);
        Assert.NotNull(found.TableId);
        Assert.DoesNotContain(player.Notices, n => n.Kind == LadderNoticeKind.Dropped);
    }

    [Fact]
    public async Task WithRatingBands_ARenewalThroughTheLadder_PutsTheTicketBackInItsBand_AfterBothQueuesLostTheirActivations()
    {
        // Borders 20 and 25: an unranked player (μ 25) belongs to band 2.
        var ladder = Grains.GetGrain<ILadderQueueGrain>(LadderNames.Doubles);
        var band = Grains.GetGrain<ILadderQueueGrain>(LadderNames.QueueKey(LadderNames.Doubles, "b2"));
        var player = await LadderPlayer.OnlineAsync(Grains);
        var queued = (await ladder.EnqueueAsync(player.Id)).Value!;

        await band.LoseActivationAsync(player.Id);
        await ladder.LoseActivationAsync(player.Id);
        var renewed = await ladder.RenewAsync(player.Id, TicketOf(queued));
        var inBand = await band.GetStatusAsync(player.Id);

        Assert.True(renewed.Ok, renewed.Refusal?.Message);
        Assert.Equal(LadderQueueState.Queued, inBand.State);
        Assert.Equal(queued.QueuedAt, inBand.QueuedAt);
        Assert.True((await ladder.LeaveAsync(player.Id)).Ok);
    }

    [Fact]
    public async Task ALostTeamTicket_ComesBackWhole_FromOneMembersRenewal()
    {
        var queue = Grains.GetGrain<ILadderQueueGrain>(NewQueue());
        var inviter = await LadderPlayer.OnlineAsync(Grains);
        var invitee = await LadderPlayer.OnlineAsync(Grains);
        Assert.True((await queue.InviteAsync(inviter.Id, invitee.Id)).Ok);
        var accepted = (await queue.AcceptAsync(invitee.Id, inviter.Id)).Value!;

        await queue.LoseActivationAsync(invitee.Id);
        var renewed = await queue.RenewAsync(invitee.Id, TicketOf(accepted));
        var partner = await queue.GetStatusAsync(inviter.Id);

        Assert.True(renewed.Ok, renewed.Refusal?.Message);
        Assert.Equal([inviter.Id, invitee.Id], renewed.Value!.Team);
        Assert.Equal(LadderQueueState.Queued, partner.State);
        Assert.Equal(accepted.QueuedAt, partner.QueuedAt);
    }

    [Fact]
    public async Task RenewingALeftTicket_DoesNotQueueThePlayerAgain()
    {
        var queue = Grains.GetGrain<ILadderQueueGrain>(NewQueue(LadderNames.Identity8));
        var player = await LadderPlayer.OnlineAsync(Grains);
        var queued = (await queue.EnqueueAsync(player.Id)).Value!;
        Assert.True((await queue.LeaveAsync(player.Id)).Ok);

        var renewed = await queue.RenewAsync(player.Id, TicketOf(queued));

        Assert.Equal(RefusalCode.NotQueued, renewed.Refusal?.Code);
        Assert.Equal(LadderQueueState.Idle, (await queue.GetStatusAsync(player.Id)).State);
    }

    [Fact]
    public async Task RenewingAMatchedTicket_DoesNotQueueThePlayerAgain_EvenAfterTheQueueLostItsActivation()
    {
        var queue = Grains.GetGrain<ILadderQueueGrain>(NewQueue());
        var players = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => LadderPlayer.OnlineAsync(Grains)));
        var tickets = new List<LadderRenewal>();
        foreach (var player in players)
        {
            tickets.Add(TicketOf((await queue.EnqueueAsync(player.Id)).Value!));
        }

        await Task.WhenAll(players.Select(p => p.WaitForAsync(LadderNoticeKind.MatchFound)));
        var whileKnown = await queue.RenewAsync(players[0].Id, tickets[0]);
        var stateWhileKnown = (await queue.GetStatusAsync(players[0].Id)).State;
        await queue.LoseActivationAsync(players[1].Id);
        var afterLoss = await queue.RenewAsync(players[1].Id, tickets[1]);

        Assert.Equal(RefusalCode.NotQueued, whileKnown.Refusal?.Code);
        Assert.Equal(LadderQueueState.Matched, stateWhileKnown);
        Assert.Equal(RefusalCode.AlreadyAtAnotherTable, afterLoss.Refusal?.Code);
        Assert.Equal(0, (await queue.GetStatsAsync()).Waiting);
    }
}
