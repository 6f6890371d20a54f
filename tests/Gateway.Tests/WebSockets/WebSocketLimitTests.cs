using System.Net.WebSockets;
using Google.Protobuf;
using SanguoOrleans.Gateway.Tests.Connections;
using SanguoOrleans.Protocol;
using ErrorCode = SanguoOrleans.Protocol.ErrorCode;

namespace SanguoOrleans.Gateway.Tests.WebSockets;

// One class: these tests count the fixture's connections, so they must not run alongside each other.
public class WebSocketLimitTests(LimitsGatewayFixture gateway) : IClassFixture<LimitsGatewayFixture>
{
    [Fact]
    public async Task SilentWebSocket_IsToldItTimedOut_ThenClosedNormally()
    {
        await using var client = await gateway.WebSocketAsync();

        using var timeout = new CancellationTokenSource(Requests.Timeout);
        var notice = await client.Pushes.ReadAsync(timeout.Token);

        Assert.Equal(ErrorCode.IdleTimeout, notice.Error.Code);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, await client.Closed.WaitAsync(Requests.Timeout));
    }

    [Fact]
    public async Task FloodingWebSocket_IsClosedForPolicyViolation()
    {
        await using var flooder = await gateway.WebSocketAsync();
        var heartbeat = new ClientMessage { RequestId = 1, Heartbeat = new HeartbeatRequest() }.ToByteArray();

        for (var i = 0; i < LimitsGatewayFixture.RequestBurst * 5 && !flooder.Closed.IsCompleted; i++)
        {
            try
            {
                await flooder.SendRawAsync(heartbeat, WebSocketMessageType.Binary);
            }
            catch (WebSocketException)
            {
                break;
            }
        }

        Assert.Equal(WebSocketCloseStatus.PolicyViolation, await flooder.Closed.WaitAsync(Requests.Timeout));
    }

    [Fact]
    public async Task WebSocketBeyondTheLimitSharedWithTcp_IsToldTheGatewayIsFull_AndClosed()
    {
        var tcp = new List<Cli.Commands.Bots.GameClient>();
        try
        {
            for (var i = 0; i < LimitsGatewayFixture.MaxConnections; i++)
            {
                var client = await gateway.ClientAsync();
                tcp.Add(client);
                await client.OkAsync(new ClientMessage { Heartbeat = new HeartbeatRequest() }, ServerMessage.BodyOneofCase.Heartbeat);
            }

            await using var extra = await gateway.WebSocketAsync();
            using var timeout = new CancellationTokenSource(Requests.Timeout);
            var notice = await extra.Pushes.ReadAsync(timeout.Token);

            Assert.Equal(ErrorCode.TooManyConnections, notice.Error.Code);
            Assert.Equal((WebSocketCloseStatus)1013, await extra.Closed.WaitAsync(Requests.Timeout));
        }
        finally
        {
            foreach (var client in tcp)
            {
                await client.DisposeAsync();
            }
        }
    }
}
