using System.Collections.Concurrent;
using System.Net.Security;
using System.Net.WebSockets;
using System.Threading.Channels;
using Google.Protobuf;
using SanguoOrleans.Protocol;

namespace SanguoOrleans.Gateway.Tests.WebSockets;

/// <summary>
/// The WebSocket counterpart of the CLI's TCP GameClient, for tests: one ClientMessage per binary frame out,
/// replies matched by request id, pushes queued in order, and the close status the server gave.
/// </summary>
internal sealed class WebSocketTestClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<ulong, TaskCompletionSource<ServerMessage>> _waiting = new();
    private readonly Channel<ServerMessage> _pushes = Channel.CreateUnbounded<ServerMessage>();
    private readonly Task<WebSocketCloseStatus?> _reader;
    private long _nextId;

    private WebSocketTestClient(ClientWebSocket socket)
    {
        _socket = socket;
        _reader = ReadLoopAsync();
    }

    public ChannelReader<ServerMessage> Pushes => _pushes.Reader;

    /// <summary>Completes with the server's close status (null when the socket broke without one).</summary>
    public Task<WebSocketCloseStatus?> Closed => _reader;

    public static async Task<WebSocketTestClient> ConnectAsync(Uri uri, RemoteCertificateValidationCallback? acceptCertificate = null)
    {
        var socket = new ClientWebSocket();
        if (acceptCertificate is not null)
        {
            socket.Options.RemoteCertificateValidationCallback = acceptCertificate;
        }

        await socket.ConnectAsync(uri, CancellationToken.None).WaitAsync(Requests.Timeout);
        return new WebSocketTestClient(socket);
    }

    public async Task<ServerMessage> AskAsync(ClientMessage request)
    {
        request.RequestId = (ulong)Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<ServerMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[request.RequestId] = reply;
        await SendRawAsync(request.ToByteArray(), WebSocketMessageType.Binary);
        return await reply.Task.WaitAsync(Requests.Timeout);
    }

    public async Task<ServerMessage> OkAsync(ClientMessage request, ServerMessage.BodyOneofCase expected)
    {
        var reply = await AskAsync(request);
        Assert.True(reply.BodyCase == expected, $"expected {expected}, got {reply}");
        return reply;
    }

    public async Task<SessionReply> RegisterAndLoginAsync()
    {
        var account = Requests.NewAccount();
        await OkAsync(new ClientMessage { Register = new RegisterRequest { Account = account, Password = Requests.Password } }, ServerMessage.BodyOneofCase.Registered);
        var login = await OkAsync(new ClientMessage { Login = new LoginRequest { Account = account, Password = Requests.Password } }, ServerMessage.BodyOneofCase.Session);
        return login.Session;
    }

    /// <summary>Sends bytes as one WebSocket message of the given type, whatever they hold.</summary>
    public async Task SendRawAsync(byte[] payload, WebSocketMessageType type)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(payload, type, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Abort();
        await _reader;
        _socket.Dispose();
        _sendLock.Dispose();
    }

    private async Task<WebSocketCloseStatus?> ReadLoopAsync()
    {
        var buffer = new byte[256 * 1024];
        try
        {
            while (true)
            {
                var count = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer.AsMemory(count), CancellationToken.None);
                    count += result.Count;
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return _socket.CloseStatus;
                }

                var message = ServerMessage.Parser.ParseFrom(buffer, 0, count);
                if (message.RequestId != 0 && _waiting.TryRemove(message.RequestId, out var waiter))
                {
                    waiter.TrySetResult(message);
                }
                else
                {
                    _pushes.Writer.TryWrite(message);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            return null;
        }
        finally
        {
            _pushes.Writer.TryComplete();
            foreach (var waiter in _waiting.Values)
            {
                waiter.TrySetException(new IOException("The gateway closed the WebSocket."));
            }
        }
    }
}
