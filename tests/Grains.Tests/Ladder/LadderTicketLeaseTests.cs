using SanguoOrleans.Grains.Interfaces.Ladder;

namespace SanguoOrleans.Grains.Tests.Ladder;

public class LadderTicketLeaseTests(LadderLeaseClusterFixture fixture) : IClassFixture<LadderLeaseClusterFixture>
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task ATicketNotRenewedWithinItsLease_IsDropped_AndItsPlayerTold_WhileARenewedOneStays()
    {
        var queue = Grains.GetGrain<ILadderQueueGrain>(LadderNames.QueueKey(LadderNames.Identity8, "lease"));
        var gone = await LadderPlayer.OnlineAsync(Grains);
        var present = await LadderPlayer.OnlineAsync(Grains);
        Assert.True((await queue.EnqueueAsync(gone.Id)).Ok);
        var queued = (await queue.EnqueueAsync(present.Id)).Value!;
        var ticket = new LadderRenewal(queued.Team, queued.QueuedAt!.Value);

        var renewing = DateTime.UtcNow + (2.5 * LadderLeaseClusterFixture.TicketLease);
        while (DateTime.UtcNow < renewing)
        {
            Assert.True((await queue.RenewAsync(present.Id, ticket)).Ok);
            await Task.Delay(LadderLeaseClusterFixture.TicketLease / 8);
        }

        var dropped = await gone.WaitForAsync(LadderNoticeKind.Dropped);

        Assert.Equal(queue.GetPrimaryKeyString(), dropped.Ladder);
        Assert.Equal(LadderQueueState.Idle, (await queue.GetStatusAsync(gone.Id)).State);
        Assert.Equal(LadderQueueState.Queued, (await queue.GetStatusAsync(present.Id)).State);
        Assert.DoesNotContain(present.Notices, n => n.Kind == LadderNoticeKind.Dropped);
    }

    [Fact]
    public async Task ATeamTicket_LapsesWhenOneMemberStopsRenewing_AndTheOtherIsToldDropped()
    {
        var queue = Grains.GetGrain<ILadderQueueGrain>(LadderNames.QueueKey(LadderNames.Doubles, "lease-team"));
        var inviter = await LadderPlayer.OnlineAsync(Grains);
        var invitee = await LadderPlayer.OnlineAsync(Grains);
        Assert.True((await queue.InviteAsync(inviter.Id, invitee.Id)).Ok);
        var accepted = (await queue.AcceptAsync(invitee.Id, inviter.Id)).Value!;
        var ticket = new LadderRenewal(accepted.Team, accepted.QueuedAt!.Value);

        var renewing = DateTime.UtcNow + (2.5 * LadderLeaseClusterFixture.TicketLease);
        var refused = 0;
        while (DateTime.UtcNow < renewing)
        {
            refused += (await queue.RenewAsync(invitee.Id, ticket)).Ok ? 0 : 1;
            await Task.Delay(LadderLeaseClusterFixture.TicketLease / 8);
        }

        await invitee.WaitForAsync(LadderNoticeKind.Dropped);

        Assert.True(refused > 0);
        Assert.Equal(LadderQueueState.Idle, (await queue.GetStatusAsync(invitee.Id)).State);
        Assert.Equal(LadderQueueState.Idle, (await queue.GetStatusAsync(inviter.Id)).State);
    }
}
