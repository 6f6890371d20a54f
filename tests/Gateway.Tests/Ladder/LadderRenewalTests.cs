using Orleans.Core.Internal;
using SanguoOrleans.Grains.Interfaces.Ladder;
using SanguoOrleans.Grains.Interfaces.Ladder.Ratings;
using SanguoOrleans.Protocol;
using GrainQueueState = SanguoOrleans.Grains.Interfaces.Ladder.LadderQueueState;

namespace SanguoOrleans.Gateway.Tests.Ladder;

public class LadderRenewalTests(LadderRenewalGatewayFixture gateway) : IClassFixture<LadderRenewalGatewayFixture>
{
    [Fact]
    public async Task AQueuedConnection_KeepsItsTicket_WhenTheQueueLosesItsActivation_AndGetsItsMatch()
    {
        await using var client = await gateway.ClientAsync();
        var (_, session) = await client.RegisterAndLoginAsync();
        var user = Guid.Parse(session.UserId);
        var joined = await client.OkAsync(new ClientMessage { JoinLadder = new JoinLadderRequest { Ladder = LadderNames.Identity8 } }, ServerMessage.BodyOneofCase.LadderStatus);
        var queue = gateway.Grains.GetGrain<ILadderQueueGrain>(LadderNames.Identity8);

        await queue.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        var back = await WaitQueuedAsync(queue, user);
        var found = await NextLadderNoticeAsync(client);

        Assert.Equal(joined.LadderStatus.QueuedAtUnixMs, back.QueuedAt!.Value.ToUnixTimeMilliseconds());
        Assert.Equal(Protocol.LadderNoticeKind.MatchFound, found.Kind);
        Assert.NotEmpty(found.TableId);
    }

    [Fact]
    public async Task ALostTicketThatCannotBePutBack_IsPushedDropped_AndNotRenewedAgain()
    {
        const string ladder = LadderNames.Doubles;
        await using var client = await gateway.ClientAsync();
        var (_, session) = await client.RegisterAndLoginAsync();
        var user = Guid.Parse(session.UserId);
        await client.OkAsync(new ClientMessage { JoinLadder = new JoinLadderRequest { Ladder = ladder } }, ServerMessage.BodyOneofCase.LadderStatus);
        // An escape since the ticket was queued: a join would be refused now, so the renewal is too.
        var record = gateway.Grains.GetGrain<ILadderPlayerGrain>(LadderIds.PlayerKey(ladder, user));
        var standing = await record.GetStandingAsync();
        Assert.True((await record.ApplyResultAsync(new LadderResult("t-escape", standing.Season, standing.Mu, standing.Sigma, LadderOutcome.Lost, Escaped: true))).Ok);
        var queue = gateway.Grains.GetGrain<ILadderQueueGrain>(ladder);

        await queue.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        var dropped = await NextLadderNoticeAsync(client);
        await Task.Delay(3 * LadderRenewalGatewayFixture.RefreshInterval);
        var later = new List<ServerMessage>();
        while (client.Pushes.TryRead(out var push))
        {
            later.Add(push);
        }

        Assert.Equal(Protocol.LadderNoticeKind.Dropped, dropped.Kind);
        Assert.DoesNotContain(later, p => p.BodyCase == ServerMessage.BodyOneofCase.LadderNotice);
        Assert.Equal(ladder, dropped.Ladder);
        Assert.Equal(GrainQueueState.Idle, (await queue.GetStatusAsync(user)).State);
        Assert.Equal(0, (await queue.GetStatsAsync()).Waiting);
    }

    private static async Task<Grains.Interfaces.Ladder.LadderStatus> WaitQueuedAsync(ILadderQueueGrain queue, Guid user)
    {
        // The renewal may beat the first look at the fresh activation; the window it leaves is usually most of a period.
        var started = DateTime.UtcNow;
        var sawLoss = false;
        while (DateTime.UtcNow < started + Requests.Timeout)
        {
            var status = await queue.GetStatusAsync(user);
            sawLoss |= status.State == GrainQueueState.Idle;
            if (status.State == GrainQueueState.Queued && (sawLoss || DateTime.UtcNow > started + (2 * LadderRenewalGatewayFixture.RefreshInterval)))
            {
                return status;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("The ticket never came back.");
    }

    private static async Task<Protocol.LadderNotice> NextLadderNoticeAsync(Cli.Commands.Bots.GameClient client) =>
        (await client.NextPushAsync(ServerMessage.BodyOneofCase.LadderNotice)).LadderNotice;
}
