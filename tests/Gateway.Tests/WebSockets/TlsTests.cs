using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using SanguoOrleans.Protocol;

namespace SanguoOrleans.Gateway.Tests.WebSockets;

public class TlsTests(TlsGatewayFixture gateway) : IClassFixture<TlsGatewayFixture>
{
    [Fact]
    public async Task Ping_OverTlsOnTheClientTcpPort_IsAnswered()
    {
        using var tcp = new TcpClient { NoDelay = true };
        await tcp.ConnectAsync("127.0.0.1", gateway.TcpPort);
        await using var tls = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false, gateway.AcceptOurCertificate);
        await tls.AuthenticateAsClientAsync("127.0.0.1").WaitAsync(Requests.Timeout);
        var channel = new MessageChannel(tls);

        await channel.WriteAsync(new ClientMessage { RequestId = 5, Ping = new PingRequest { ClientTimeUnixMs = 7 } });
        var reply = await channel.ReadAsync(ServerMessage.Parser).AsTask().WaitAsync(Requests.Timeout);

        Assert.True(tls.IsAuthenticated && tls.IsEncrypted);
        Assert.Equal(5ul, reply!.RequestId);
        Assert.Equal(7L, reply.Ping.ClientTimeUnixMs);
    }

    [Fact]
    public async Task TlsClient_ThatDoesNotTrustTheCertificate_FailsTheHandshake()
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", gateway.TcpPort);
        await using var tls = new SslStream(tcp.GetStream());

        await Assert.ThrowsAsync<AuthenticationException>(() => tls.AuthenticateAsClientAsync("127.0.0.1").WaitAsync(Requests.Timeout));
    }

    [Fact]
    public async Task Ping_OverASecureWebSocketOnTheHttpPort_IsAnswered()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(gateway.WebSocketUri("wss"), gateway.AcceptOurCertificate);

        var ping = await client.OkAsync(new ClientMessage { Ping = new PingRequest { ClientTimeUnixMs = 9 } }, ServerMessage.BodyOneofCase.Ping);

        Assert.Equal(9L, ping.Ping.ClientTimeUnixMs);
    }
}
