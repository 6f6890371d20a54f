using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Threading.Channels;
using SanguoOrleans.Protocol;

namespace SanguoOrleans.Gateway.Bench;

/// <summary>
/// One gateway connection shared by several callers, the way an Orleans client shares its one gateway connection:
/// requests from all of them are written in batches and replies matched by request id.
/// </summary>
internal sealed class SharedGatewayConnection : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly NetworkStream _stream;
    private readonly Channel<ClientMessage> _outgoing = Channel.CreateUnbounded<ClientMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<ulong, TaskCompletionSource<ServerMessage>> _waiting = new();
    private readonly Task _writer;
    private readonly Task _reader;
    private long _nextId;

    private SharedGatewayConnection(TcpClient tcp)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
        _writer = WriteLoopAsync();
        _reader = ReadLoopAsync();
    }

    public static async Task<SharedGatewayConnection> ConnectAsync(int port, BenchUser user)
    {
        var tcp = new TcpClient { NoDelay = true };
        await tcp.ConnectAsync("127.0.0.1", port).ConfigureAwait(false);
        var connection = new SharedGatewayConnection(tcp);
        var reply = await connection.AskAsync(new ClientMessage { Resume = new ResumeRequest { UserId = user.UserId.ToString(), Token = user.Token } }).ConfigureAwait(false);
        return reply.BodyCase == ServerMessage.BodyOneofCase.Session ? connection : throw new InvalidOperationException($"resume refused: {reply}");
    }

    public Task<ServerMessage> AskAsync(ClientMessage request)
    {
        var message = request.Clone();
        message.RequestId = (ulong)Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<ServerMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[message.RequestId] = reply;
        _outgoing.Writer.TryWrite(message);
        return reply.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _outgoing.Writer.TryComplete();
        _tcp.Dispose();
        await Task.WhenAll(_writer, _reader).ContinueWith(static _ => { }, TaskScheduler.Default).ConfigureAwait(false);
    }

    private async Task WriteLoopAsync()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        while (await _outgoing.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            buffer.ResetWrittenCount();
            while (_outgoing.Reader.TryRead(out var message))
            {
                Framing.WriteFrame(buffer, message);
            }

            await _stream.WriteAsync(buffer.WrittenMemory).ConfigureAwait(false);
        }
    }

    private async Task ReadLoopAsync()
    {
        var channel = new MessageChannel(new BufferedStream(_stream, 64 * 1024));
        try
        {
            while (await channel.ReadAsync(ServerMessage.Parser).ConfigureAwait(false) is { } reply)
            {
                if (_waiting.TryRemove(reply.RequestId, out var waiter))
                {
                    waiter.TrySetResult(reply);
                }
            }
        }
        finally
        {
            foreach (var waiter in _waiting.Values)
            {
                waiter.TrySetException(new IOException("The gateway closed the connection."));
            }
        }
    }
}
