using SanguoOrleans.Protocol;

namespace SanguoOrleans.Gateway.Tests.Leases;

public class TableLeaseTests(LeaseGatewayFixture gateway) : IClassFixture<LeaseGatewayFixture>
{
    [Fact]
    public async Task ConnectionTheTableForgot_IsTakenBackAtTheNextRenewal_AndTheClientGetsAFreshSnapshot()
    {
        await using var client = await gateway.ClientAsync();
        await client.RegisterAndLoginAsync();
        var created = await client.StartAgainstAiAsync(seed: 7, aiDelayMs: 200);

        var resynced = await client.NextPushAsync(ServerMessage.BodyOneofCase.TableResynced);

        Assert.Equal(created.Info.TableId, resynced.TableResynced.Info.TableId);
        Assert.True(resynced.TableResynced.Seq >= 0);
        Assert.NotNull(resynced.TableResynced.View);
        Assert.Equal(created.Info.Seats.Count, resynced.TableResynced.View.Seats.Count);
    }
}
