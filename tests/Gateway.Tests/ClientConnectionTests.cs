using System.Buffers;
using SanguoOrleans.Protocol;
using ErrorCode = SanguoOrleans.Protocol.ErrorCode;

namespace SanguoOrleans.Gateway.Tests;

public class ClientConnectionTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Ping_IsAnsweredByAGrainWithTheRequestIdAndEchoedTime()
    {
        var (tcp, channel) = await gateway.ConnectAsync();
        using var _ = tcp;

        await channel.WriteAsync(new ClientMessage { RequestId = 17, Ping = new PingRequest { ClientTimeUnixMs = 99 } });
        var reply = await channel.ReadAsync(ServerMessage.Parser).AsTask().WaitAsync(Timeout);

        Assert.NotNull(reply);
        Assert.Equal(17ul, reply.RequestId);
        Assert.Equal(ServerMessage.BodyOneofCase.Ping, reply.BodyCase);
        Assert.Equal(99, reply.Ping.ClientTimeUnixMs);
        Assert.StartsWith("127.0.0.1:", reply.Ping.Silo, StringComparison.Ordinal);
        Assert.True(reply.Ping.ServerTimeUnixMs > 0);
    }

    [Fact]
    public async Task PipelinedReads_AreEachAnsweredOnceWithTheirRequestId()
    {
        var (tcp, channel) = await gateway.ConnectAsync();
        using var _ = tcp;

        for (ulong id = 1; id <= 40; id++)
        {
            await channel.WriteAsync(new ClientMessage { RequestId = id, Ping = new PingRequest { ClientTimeUnixMs = (long)id } });
        }

        var replies = new List<ServerMessage>();
        for (var i = 0; i < 40; i++)
        {
            replies.Add((await channel.ReadAsync(ServerMessage.Parser).AsTask().WaitAsync(Timeout))!);
        }

        Assert.Equal(Enumerable.Range(1, 40).Select(id => (ulong)id), replies.Select(r => r.RequestId).Order());
        Assert.All(replies, r => Assert.Equal((long)r.RequestId, r.Ping.ClientTimeUnixMs));
    }

    [Fact]
    public async Task PipelinedChange_IsAnsweredAfterTheReadsBeforeIt_AndTheReadsAfterItSeeIt()
    {
        var (tcp, channel) = await gateway.ConnectAsync();
        using var _ = tcp;
        var account = Requests.NewAccount();
        await channel.WriteAsync(new ClientMessage { RequestId = 1, Register = new RegisterRequest { Account = account, Password = Requests.Password } });
        await channel.WriteAsync(new ClientMessage { RequestId = 2, Login = new LoginRequest { Account = account, Password = Requests.Password } });
        Assert.Equal(ServerMessage.BodyOneofCase.Registered, (await channel.ReadAsync(ServerMessage.Parser).AsTask().WaitAsync(Timeout))!.BodyCase);
        Assert.Equal(ServerMessage.BodyOneofCase.Session, (await channel.ReadAsync(ServerMessage.Parser).AsTask().WaitAsync(Timeout))!.BodyCase);
        var nickname = "n" + account[..8];

        ulong[] before = [10, 11, 12, 13];
        ulong[] after = [21, 22, 23, 24];
        foreach (var id in before)
        {
            await channel.WriteAsync(new ClientMessage { RequestId = id, GetProfile = new GetProfileRequest() });
        }

        await channel.WriteAsync(new ClientMessage { RequestId = 20, SetNickname = new SetNicknameRequest { Nickname = nickname } });
        foreach (var id in after)
        {
            await channel.WriteAsync(new ClientMessage { RequestId = id, GetProfile = new GetProfileRequest() });
        }

        var replies = new List<ServerMessage>();
        for (var i = 0; i < 9; i++)
        {
            replies.Add((await channel.ReadAsync(ServerMessage.Parser).AsTask().WaitAsync(Timeout))!);
        }

        Assert.Equal(before, replies.Take(4).Select(r => r.RequestId).Order());
        Assert.Equal(20ul, replies[4].RequestId);
        Assert.Equal(after, replies.Skip(5).Select(r => r.RequestId).Order());
        Assert.All(replies.Take(4), r => Assert.Equal("", r.Profile.Nickname));
        Assert.All(replies.Skip(4), r => Assert.Equal(nickname, r.Profile.Nickname));
    }

    [Fact]
    public async Task RequestWithoutBody_IsRefusedWithBadRequestAndTheConnectionStaysOpen()
    {
        var (tcp, channel) = await gateway.ConnectAsync();
        using var _ = tcp;

        await channel.WriteAsync(new ClientMessage { RequestId = 5 });
        var refusal = await channel.ReadAsync(ServerMessage.Parser).AsTask().WaitAsync(Timeout);
        await channel.WriteAsync(new ClientMessage { RequestId = 6, Ping = new PingRequest() });
        var next = await channel.ReadAsync(ServerMessage.Parser).AsTask().WaitAsync(Timeout);

        Assert.Equal(ErrorCode.BadRequest, refusal!.Error.Code);
        Assert.False(string.IsNullOrEmpty(refusal.Error.Message));
        Assert.Equal(ServerMessage.BodyOneofCase.Ping, next!.BodyCase);
    }

    [Fact]
    public async Task OversizedFrame_ClosesThatConnectionOnly()
    {
        var (bystanderTcp, bystander) = await gateway.ConnectAsync();
        using var _ = bystanderTcp;
        var (tcp, _) = await gateway.ConnectAsync();
        using var __ = tcp;

        // Announce a frame larger than the limit; the gateway must not wait for its body.
        var prefix = new ArrayBufferWriter<byte>();
        Framing.WriteFrame(prefix, new ServerMessage { Error = new Error { Message = new string('x', GatewayFixture.MaxFrameSize * 2) } });
        await tcp.GetStream().WriteAsync(prefix.WrittenMemory[..4]);

        Assert.Equal(0, await ReadToEndAsync(tcp.GetStream()));
        await bystander.WriteAsync(new ClientMessage { RequestId = 1, Ping = new PingRequest() });
        Assert.Equal(ServerMessage.BodyOneofCase.Ping, (await bystander.ReadAsync(ServerMessage.Parser).AsTask().WaitAsync(Timeout))!.BodyCase);
    }

    [Fact]
    public async Task UndecodableFrame_ClosesTheConnection()
    {
        var (tcp, _) = await gateway.ConnectAsync();
        using var _ = tcp;

        // A 3-byte frame holding field 1 with wire type 7, which protobuf does not define.
        await tcp.GetStream().WriteAsync(new byte[] { 0x03, 0x0F, 0xFF, 0xFF });

        Assert.Equal(0, await ReadToEndAsync(tcp.GetStream()));
    }

    [Fact]
    public async Task Healthz_ReportsHealthyWhenTheClusterAnswers()
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{gateway.HttpPort}") };

        var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    // Returns the number of bytes the server sent before closing; a closed connection reads 0.
    private static async Task<int> ReadToEndAsync(Stream stream)
    {
        var buffer = new byte[256];
        var total = 0;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer).AsTask().WaitAsync(Timeout)) > 0)
            {
                total += read;
            }
        }
        catch (IOException)
        {
            // A reset is a close too.
        }

        return total;
    }
}
