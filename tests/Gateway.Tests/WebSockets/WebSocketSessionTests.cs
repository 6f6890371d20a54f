using SanguoOrleans.Protocol;

namespace SanguoOrleans.Gateway.Tests.WebSockets;

public class WebSocketSessionTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task RegisterLoginAndPing_OverAWebSocket_AreAnsweredOneMessagePerBinaryFrame()
    {
        await using var client = await gateway.WebSocketAsync();

        var session = await client.RegisterAndLoginAsync();
        var profile = await client.OkAsync(new ClientMessage { GetProfile = new GetProfileRequest() }, ServerMessage.BodyOneofCase.Profile);
        var ping = await client.OkAsync(new ClientMessage { Ping = new PingRequest { ClientTimeUnixMs = 42 } }, ServerMessage.BodyOneofCase.Ping);

        Assert.NotEmpty(session.Token);
        Assert.Equal(session.UserId, profile.Profile.UserId);
        Assert.Equal(42L, ping.Ping.ClientTimeUnixMs);
        Assert.False(string.IsNullOrEmpty(ping.Ping.Silo));
    }

    [Fact]
    public async Task SessionStartedOverTcp_MovesToAWebSocketOnResume_AndALaterLoginEndsIt()
    {
        await using var tcp = await gateway.ClientAsync();
        var (account, session) = await tcp.RegisterAndLoginAsync();
        await using var ws = await gateway.WebSocketAsync();

        await ws.OkAsync(new ClientMessage { Resume = new ResumeRequest { UserId = session.UserId, Token = session.Token } }, ServerMessage.BodyOneofCase.Session);
        var replaced = await tcp.NextPushAsync(ServerMessage.BodyOneofCase.SessionEnded);
        await using var later = await gateway.ClientAsync();
        await later.OkAsync(new ClientMessage { Login = new LoginRequest { Account = account, Password = Requests.Password } }, ServerMessage.BodyOneofCase.Session);

        using var timeout = new CancellationTokenSource(Requests.Timeout);
        var ended = await ws.Pushes.ReadAsync(timeout.Token);
        Assert.Equal(SessionEndReason.ReplacedByNewLogin, replaced.SessionEnded.Reason);
        Assert.Equal(SessionEndReason.ReplacedByNewLogin, ended.SessionEnded.Reason);
        Assert.Equal(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, await ws.Closed.WaitAsync(Requests.Timeout));
    }
}
