using Orleans.Core.Internal;
using SanguoOrleans.Grains.Interfaces.Ladder;
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
