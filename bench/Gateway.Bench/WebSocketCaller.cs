using System.Buffers;
using System.Net.WebSockets;
using Google.Protobuf;
using SanguoOrleans.Protocol;

namespace SanguoOrleans.Gateway.Bench;

/// <summary>A client WebSocket to the gateway's /ws, resumed into a bench user's session; each call is a get_profile.</summary>
internal sealed class WebSocketCaller : ICaller
{
    private readonly ClientMessage _profile = new() { GetProfile = new GetProfileRequest() };
    private readonly ClientWebSocket _socket;
    private readonly ArrayBufferWriter<byte> _outgoing = new(256);
    private readonly byte[] _incoming = new byte[64 * 1024];
    private ulong _nextId;

    private WebSocketCaller(ClientWebSocket socket) => _socket = socket;

    /// <summary>Connects to ws://127.0.0.1:<paramref name="httpPort"/>/ws and resumes <paramref name="user"/>'s session.</summary>
    public static async Task<WebSocketCaller> ConnectAsync(int httpPort, BenchUser user)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{httpPort}/ws"), CancellationToken.None).ConfigureAwait(false);
        var caller = new WebSocketCaller(socket);
        var reply = await caller.AskAsync(new ClientMessage { Resume = new ResumeRequest { UserId = user.UserId.ToString(), Token = user.Token } }).ConfigureAwait(false);
        return reply.BodyCase == ServerMessage.BodyOneofCase.Session ? caller : throw new InvalidOperationException($"resume refused: {reply}");
    }

    public async Task CallAsync()
    {
        var reply = await AskAsync(_profile).ConfigureAwait(false);
        if (reply.BodyCase != ServerMessage.BodyOneofCase.Profile)
        {
            throw new InvalidOperationException($"get_profile failed: {reply}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None).ConfigureAwait(false);
        }
        catch (WebSocketException)
        {
            // Already gone.
        }

        _socket.Dispose();
    }

    private async Task<ServerMessage> AskAsync(ClientMessage request)
    {
        request.RequestId = ++_nextId;
        _outgoing.ResetWrittenCount();
        request.WriteTo(_outgoing);
        await _socket.SendAsync(_outgoing.WrittenMemory, WebSocketMessageType.Binary, endOfMessage: true, CancellationToken.None).ConfigureAwait(false);
        var length = 0;
        while (true)
        {
            var received = await _socket.ReceiveAsync(_incoming.AsMemory(length), CancellationToken.None).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                throw new IOException("The gateway closed the WebSocket.");
            }

            length += received.Count;
            if (received.EndOfMessage)
            {
                return ServerMessage.Parser.ParseFrom(_incoming, 0, length);
            }
        }
    }
}
