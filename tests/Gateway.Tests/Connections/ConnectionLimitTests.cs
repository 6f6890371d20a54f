using SanguoOrleans.Cli.Commands.Bots;
using SanguoOrleans.Protocol;
using ErrorCode = SanguoOrleans.Protocol.ErrorCode;

namespace SanguoOrleans.Gateway.Tests.Connections;

// One class: these tests count the fixture's connections, so they must not run alongside each other.
public class ConnectionLimitTests(LimitsGatewayFixture gateway) : IClassFixture<LimitsGatewayFixture>
{
    [Fact]
    public async Task Flooding_ClosesTheConnection_WhileAnotherClientCarriesOn()
    {
        await using var bystander = await gateway.ClientAsync();
        await using var flooder = await gateway.ClientAsync();

        for (var i = 0; i < LimitsGatewayFixture.RequestBurst * 5 && !flooder.Closed.IsCompleted; i++)
        {
            try
            {
                await flooder.SendAsync(new ClientMessage { RequestId = (ulong)i + 1, Heartbeat = new HeartbeatRequest() });
            }
            catch (IOException)
            {
                break;
            }
        }

        Assert.True(await flooder.IsClosedAsync());
        await bystander.OkAsync(new ClientMessage { Heartbeat = new HeartbeatRequest() }, ServerMessage.BodyOneofCase.Heartbeat);
    }

    [Fact]
    public async Task ConnectionBeyondTheLimit_IsToldTheGatewayIsFull_AndClosed()
    {
        var open = new List<GameClient>();
        try
        {
            for (var i = 0; i < LimitsGatewayFixture.MaxConnections; i++)
            {
                var client = await gateway.ClientAsync();
                open.Add(client);
                await client.OkAsync(new ClientMessage { Heartbeat = new HeartbeatRequest() }, ServerMessage.BodyOneofCase.Heartbeat);
            }

            await using var extra = await gateway.ClientAsync();
            var notice = await extra.NextPushAsync(ServerMessage.BodyOneofCase.Error);

            Assert.Equal(ErrorCode.TooManyConnections, notice.Error.Code);
            Assert.True(await extra.IsClosedAsync());
        }
        finally
        {
            foreach (var client in open)
            {
                await client.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task SilentConnection_IsToldItWasIdle_AndClosed_WhileOneSendingHeartbeatsStays()
    {
        await using var silent = await gateway.ClientAsync();
        await using var beating = await gateway.ClientAsync();

        var started = DateTime.UtcNow;
        while (!silent.Closed.IsCompleted && DateTime.UtcNow - started < LimitsGatewayFixture.IdleTimeout * 4)
        {
            await beating.OkAsync(new ClientMessage { Heartbeat = new HeartbeatRequest() }, ServerMessage.BodyOneofCase.Heartbeat);
            await Task.Delay(LimitsGatewayFixture.IdleTimeout / 3);
        }

        var notice = await silent.NextPushAsync(ServerMessage.BodyOneofCase.Error);
        Assert.Equal(ErrorCode.IdleTimeout, notice.Error.Code);
        Assert.True(await silent.IsClosedAsync());
        Assert.False(beating.Closed.IsCompleted);
    }
}
