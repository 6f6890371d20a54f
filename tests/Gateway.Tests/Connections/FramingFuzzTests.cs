using System.Net.Sockets;
using SanguoOrleans.Protocol;

namespace SanguoOrleans.Gateway.Tests.Connections;

public class FramingFuzzTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    public static TheoryData<string, byte[]> BadInputs()
    {
        var random = new Random(20240601);
        var noise = new byte[600];
        random.NextBytes(noise);
        noise[0] = 0xFF; // a length prefix that never ends or announces too much
        var garbage = new byte[40];
        random.NextBytes(garbage);
        garbage[0] = 0x0F; // field 1, wire type 7: undefined in protobuf
        var garbageFrame = new byte[] { (byte)garbage.Length }.Concat(garbage).ToArray();
        return new TheoryData<string, byte[]>
        {
            { "random bytes", noise },
            { "oversized frame", [0x80, 0x80, 0x04] }, // announces 65,536 bytes, above the fixture's 1 KiB
            { "malformed length", [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF] },
            { "garbage protobuf", garbageFrame },
            { "truncated wire value", [0x02, 0x08, 0x96] }, // a varint field cut short at the end of its frame
        };
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task BadFraming_ClosesTheOffendingConnection_WhileALoggedInClientCarriesOn(string what, byte[] bytes)
    {
        await using var bystander = await gateway.ClientAsync();
        await bystander.RegisterAndLoginAsync();
        using var offender = new TcpClient();
        await offender.ConnectAsync("127.0.0.1", gateway.TcpPort);

        await offender.GetStream().WriteAsync(bytes);

        Assert.True(await ClosedAsync(offender), $"{what}: the connection stayed open");
        await bystander.OkAsync(new ClientMessage { GetProfile = new GetProfileRequest() }, ServerMessage.BodyOneofCase.Profile);
        await bystander.OkAsync(new ClientMessage { Ping = new PingRequest() }, ServerMessage.BodyOneofCase.Ping);
    }

    [Fact]
    public async Task TruncatedFrame_IsWaitedFor_AndAnsweredOnceComplete()
    {
        using var tcp = new TcpClient { NoDelay = true };
        await tcp.ConnectAsync("127.0.0.1", gateway.TcpPort);
        var frame = new System.Buffers.ArrayBufferWriter<byte>();
        Framing.WriteFrame(frame, new ClientMessage { RequestId = 9, Heartbeat = new HeartbeatRequest() });
        var stream = tcp.GetStream();

        await stream.WriteAsync(frame.WrittenMemory[..2]);
        await Task.Delay(100);
        await stream.WriteAsync(frame.WrittenMemory[2..]);
        var reply = await new MessageChannel(stream).ReadAsync(ServerMessage.Parser).AsTask().WaitAsync(Requests.Timeout);

        Assert.Equal(9ul, reply!.RequestId);
        Assert.Equal(ServerMessage.BodyOneofCase.Heartbeat, reply.BodyCase);
    }

    internal static async Task<bool> ClosedAsync(TcpClient tcp)
    {
        var buffer = new byte[4096];
        try
        {
            using var timeout = new CancellationTokenSource(Requests.Timeout);
            while (await tcp.GetStream().ReadAsync(buffer, timeout.Token) > 0)
            {
            }

            return true;
        }
        catch (IOException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
