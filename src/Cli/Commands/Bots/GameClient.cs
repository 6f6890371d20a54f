using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Threading.Channels;
using System.Threading.RateLimiting;
using SanguoOrleans.Protocol;

namespace SanguoOrleans.Cli.Commands.Bots;

/// <summary>
/// A protocol client over TCP: requests are matched to replies by request id, pushes queue up in order.
/// Used by the bots, the terminal client and the gateway's tests.
/// </summary>
public sealed class GameClient : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly MessageChannel _channel;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<ulong, TaskCompletionSource<ServerMessage>> _waiting = new();
    private readonly Channel<ServerMessage> _pushes = Channel.CreateUnbounded<ServerMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();

    // A well-behaved client stays under the gateway's per-connection flood limit (1,000/s by default) even when it
    // answers instantly, as bots do against AI: sends beyond this rate wait instead of getting the connection closed.
    private readonly TokenBucketRateLimiter _pace = new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = 200,
        TokensPerPeriod = 50,
        ReplenishmentPeriod = TimeSpan.FromMilliseconds(100),
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });
    private readonly Task _reader;
    private long _nextId;

    private GameClient(TcpClient tcp)
    {
        _tcp = tcp;
        _channel = new MessageChannel(tcp.GetStream());
        _reader = ReadLoopAsync();
    }

    /// <summary>Pushes in the order received.</summary>
    public ChannelReader<ServerMessage> Pushes => _pushes.Reader;

    /// <summary>Completes when the server closed the connection (or it failed).</summary>
    public Task Closed => _reader;

    /// <summary>Connects to a gateway's TCP port.</summary>
    public static async Task<GameClient> ConnectAsync(string host, int port, CancellationToken cancellationToken = default)
    {
        var tcp = new TcpClient { NoDelay = true };
        try
        {
            await tcp.ConnectAsync(host, port, cancellationToken).ConfigureAwait(false);
            return new GameClient(tcp);
        }
        catch
        {
            tcp.Dispose();
            throw;
        }
    }

    /// <summary>Sends a request (its id is assigned here) and waits for its reply.</summary>
    public async Task<ServerMessage> RequestAsync(ClientMessage request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.RequestId = (ulong)Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<ServerMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[request.RequestId] = reply;
        await SendAsync(request, cancellationToken).ConfigureAwait(false);
        using var registration = cancellationToken.Register(() => reply.TrySetCanceled(cancellationToken));
        return await reply.Task.ConfigureAwait(false);
    }

    /// <summary>Sends a request and returns its reply; a refusal throws a <see cref="BotException"/> naming the request.</summary>
    public async Task<ServerMessage> RequestAcceptedAsync(ClientMessage request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var what = request.BodyCase;
        var reply = await RequestAsync(request, cancellationToken).ConfigureAwait(false);
        return reply.BodyCase == ServerMessage.BodyOneofCase.Error
            ? throw new BotException($"{what} refused: {reply.Error.Code}: {reply.Error.Message}")
            : reply;
    }

    /// <summary>Says hello, registers a fresh account and logs in with it.</summary>
    public async Task SignUpAsync(string account, string password, CancellationToken cancellationToken = default)
    {
        await RequestAcceptedAsync(new ClientMessage { Hello = new HelloRequest { ProtocolVersion = ProtocolVersion.Current, ClientVersion = "1.0.0" } }, cancellationToken).ConfigureAwait(false);
        await RequestAcceptedAsync(new ClientMessage { Register = new RegisterRequest { Account = account, Password = password } }, cancellationToken).ConfigureAwait(false);
        await RequestAcceptedAsync(new ClientMessage { Login = new LoginRequest { Account = account, Password = password } }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a message as it is, without waiting for anything.</summary>
    public async Task SendAsync(ClientMessage message, CancellationToken cancellationToken = default)
    {
        using var permit = await _pace.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _channel.WriteAsync(message, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _tcp.Dispose();
        try
        {
            await _reader.ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException or InvalidDataException)
        {
            // Closing anyway.
        }

        _stop.Dispose();
        _writeLock.Dispose();
        _pace.Dispose();
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (await _channel.ReadAsync(ServerMessage.Parser, _stop.Token).ConfigureAwait(false) is { } message)
            {
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
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException or SocketException)
        {
            // The connection ended; waiters fail below.
        }
        finally
        {
            _pushes.Writer.TryComplete();
            foreach (var waiter in _waiting.Values)
            {
                waiter.TrySetException(new IOException("The gateway closed the connection."));
            }
        }
    }
}
