using System.Net.WebSockets;
using Google.Protobuf;
using SanguoOrleans.Protocol;

namespace SanguoOrleans.Gateway.Tests.WebSockets;

public class WebSocketViolationTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    public static TheoryData<string, byte[], WebSocketMessageType, WebSocketCloseStatus> BadFrames() => new()
    {
        { "text frame", "{\"ping\":{}}"u8.ToArray(), WebSocketMessageType.Text, WebSocketCloseStatus.InvalidMessageType },
        { "oversized", Oversized(), WebSocketMessageType.Binary, WebSocketCloseStatus.MessageTooBig },
        { "garbage protobuf", [0x0F, 0x01, 0x02, 0x03], WebSocketMessageType.Binary, WebSocketCloseStatus.InvalidPayloadData },
        { "length-prefixed (TCP framing)", LengthPrefixedPing(), WebSocketMessageType.Binary, WebSocketCloseStatus.InvalidPayloadData },
    };

    [Theory]
    [MemberData(nameof(BadFrames))]
    public async Task BadFrame_ClosesOnlyThatSocket_WithAStatusSayingWhy(string what, byte[] payload, WebSocketMessageType type, WebSocketCloseStatus expected)
    {
        await using var bystander = await gateway.WebSocketAsync();
        await bystander.RegisterAndLoginAsync();
        await using var offender = await gateway.WebSocketAsync();

        await offender.SendRawAsync(payload, type);

        Assert.True(expected == await offender.Closed.WaitAsync(Requests.Timeout), what);
        await bystander.OkAsync(new ClientMessage { GetProfile = new GetProfileRequest() }, ServerMessage.BodyOneofCase.Profile);
        await bystander.OkAsync(new ClientMessage { Ping = new PingRequest() }, ServerMessage.BodyOneofCase.Ping);
    }

    [Fact]
    public async Task PlainHttpRequest_ToTheWebSocketPath_IsRefusedWithBadRequest()
    {
        using var http = new HttpClient();

        var response = await http.GetAsync(new Uri($"http://127.0.0.1:{gateway.HttpPort}/ws"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static byte[] Oversized() =>
        new ClientMessage { Register = new RegisterRequest { Account = new string('a', GatewayFixture.MaxFrameSize), Password = "x" } }.ToByteArray();

    // Bytes from a client that kept the TCP length prefix: field 0 is invalid protobuf.
    private static byte[] LengthPrefixedPing()
    {
        var frame = new System.Buffers.ArrayBufferWriter<byte>();
        Framing.WriteFrame(frame, new ClientMessage { RequestId = 1, Heartbeat = new HeartbeatRequest() });
        return frame.WrittenSpan.ToArray();
    }
}
