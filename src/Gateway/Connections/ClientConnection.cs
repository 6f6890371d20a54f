using System.Buffers;
using System.Threading.RateLimiting;
using Google.Protobuf;
using Microsoft.Extensions.Logging;
using SanguoOrleans.Gateway.Handlers;
using SanguoOrleans.Gateway.Hosting;
using SanguoOrleans.Gateway.Sessions;
using SanguoOrleans.Protocol;
using static SanguoOrleans.Gateway.Mapping.Refusals;
using ErrorCode = SanguoOrleans.Protocol.ErrorCode;

namespace SanguoOrleans.Gateway.Connections;

/// <summary>
/// The transport-independent part of one client connection: rate limiting, decoding, dispatch, the outgoing queue and
/// its writer loop, idle time-out and the session's clean-up. Transports feed it whole frames.
/// </summary>
internal sealed partial class ClientConnection : IAsyncDisposable
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(2);

    private readonly RequestDispatcher _dispatcher;
    private readonly GatewayMetrics _metrics;
    private readonly ILogger _logger;
    private readonly TokenBucketRateLimiter _rate;
    private readonly CancellationTokenSource _closing;
    private readonly CancellationTokenSource _idle = new();
    private readonly CancellationTokenSource _read;
    private readonly TimeSpan _idleTimeout;
    private readonly OverlappingReads _reads;
    private readonly Task _writer;
    private readonly Task _refresher;

    public ClientConnection(
        string id, IMessageSink sink, ClientGatewayOptions options, RequestDispatcher dispatcher, IGrainFactory grains,
        GatewayMetrics metrics, ILogger logger, CancellationToken transportClosed)
    {
        Id = id;
        _dispatcher = dispatcher;
        _metrics = metrics;
        _logger = logger;
        _idleTimeout = options.IdleTimeout;
        _reads = new OverlappingReads(Math.Max(1, options.MaxReadsInFlight));
        _rate = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, options.RequestBurst),
            TokensPerPeriod = Math.Max(1, options.RequestsPerSecond),
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
        _closing = CancellationTokenSource.CreateLinkedTokenSource(transportClosed);
        _read = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token, _idle.Token);
        var queue = new OutgoingQueue(Math.Max(1, options.OutgoingQueueSize));
        queue.Overflowed += () => Violation("slow_consumer");
        Session = new ClientSession(id, queue, grains, logger);
        _writer = RunWriterAsync(queue, sink);
        _refresher = RefreshTablesAsync(options.TableRefreshInterval > TimeSpan.Zero ? options.TableRefreshInterval : TimeSpan.FromSeconds(30));
        ResetIdle();
    }

    public string Id { get; }

    public ClientSession Session { get; }

    /// <summary>Cancelled when nothing arrived within the idle time-out or the connection is closing: stop reading.</summary>
    public CancellationToken ReadToken => _read.Token;

    /// <summary>Cancelled once the connection must close (violation, overflow, session ended, transport gone).</summary>
    public CancellationToken Closing => _closing.Token;

    /// <summary>Restarts the idle clock; transports call it whenever bytes arrive.</summary>
    public void ResetIdle() => _idle.CancelAfter(_idleTimeout);

    /// <summary>
    /// Handles one whole frame; false when the connection must close. A read is started and left running (the next
    /// frame can be read meanwhile); anything else waits for the reads before it and is answered before the next frame.
    /// </summary>
    public async Task<bool> HandleFrameAsync(ReadOnlySequence<byte> frame)
    {
        using var lease = _rate.AttemptAcquire();
        if (!lease.IsAcquired)
        {
            Violation("flooding");
            return false;
        }

        ClientMessage request;
        try
        {
            request = ClientMessage.Parser.ParseFrom(frame);
        }
        catch (InvalidProtocolBufferException)
        {
            Violation("undecodable");
            return false;
        }

        if (RequestDispatcher.IsRead(request.BodyCase))
        {
            await _reads.WaitForRoomAsync().ConfigureAwait(false);
            _reads.Add(AnswerAsync(request));
            return !_closing.IsCancellationRequested;
        }

        await _reads.DrainAsync().ConfigureAwait(false);
        if (!await AnswerAsync(request).ConfigureAwait(false))
        {
            return false;
        }

        if (Session.CloseAfterReply)
        {
            Session.Queue.Complete();
            return false;
        }

        return !_closing.IsCancellationRequested;
    }

    /// <summary>A frame the transport could not even delimit (too large, malformed length).</summary>
    public void Violation(string reason)
    {
        _metrics.ProtocolViolation(reason);
        LogProtocolViolation(_logger, Id, reason);
        _closing.Cancel();
    }

    /// <summary>Tells the client why it is being closed when it merely went quiet, then lets the writer finish.</summary>
    public void ClosedForIdleness()
    {
        if (!_closing.IsCancellationRequested)
        {
            Session.Queue.PushAndComplete(new ServerMessage { Error = Error(ErrorCode.IdleTimeout, $"Nothing arrived for {_idleTimeout.TotalSeconds:0} s; send heartbeats.") });
        }
    }

    /// <summary>Lets running reads answer and queued messages go out (briefly), then releases the session's grain state.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _reads.DrainAsync().AsTask().WaitAsync(DrainTimeout).ConfigureAwait(false);
            Session.Queue.Complete();
            await _writer.WaitAsync(DrainTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await _closing.CancelAsync().ConfigureAwait(false);
        }

        await _closing.CancelAsync().ConfigureAwait(false);
        Session.Queue.Complete();
        await _reads.DrainAsync().ConfigureAwait(false);
        await _refresher.ConfigureAwait(false);
        await Session.CloseAsync().ConfigureAwait(false);
        await _rate.DisposeAsync().ConfigureAwait(false);
        _read.Dispose();
        _idle.Dispose();
        _closing.Dispose();
    }

    /// <summary>Dispatches one request and queues its reply; false when the reply cannot be sent (queue full or closed).</summary>
    private async Task<bool> AnswerAsync(ClientMessage request)
    {
        try
        {
            var reply = await _dispatcher.DispatchAsync(request, Session, _closing.Token).ConfigureAwait(false);
            return Session.Queue.TryReply(reply);
        }
        catch (OperationCanceledException)
        {
            // The connection is closing: nobody is left to answer.
            return false;
        }
    }

    /// <summary>Keeps the tables' leases on this connection alive while it lives.</summary>
    private async Task RefreshTablesAsync(TimeSpan interval)
    {
        try
        {
            using var ticks = new PeriodicTimer(interval);
            while (await ticks.WaitForNextTickAsync(_closing.Token).ConfigureAwait(false))
            {
                try
                {
                    await Session.RefreshLeasesAsync().WaitAsync(_closing.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The next tick tries again; a lease is several ticks long.
                    LogRefreshFailed(_logger, Id, e);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The connection is closing.
        }
    }

    private async Task RunWriterAsync(OutgoingQueue queue, IMessageSink sink)
    {
        try
        {
            await queue.RunWriterAsync(sink, _closing.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
        {
            // The transport is gone; the read side notices through Closing.
        }
        finally
        {
            // Everything that was to be said has been said (or cannot be): close the connection.
            await _closing.CancelAsync().ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closing connection {ConnectionId}: protocol violation ({Reason})")]
    private static partial void LogProtocolViolation(ILogger logger, string connectionId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the table and ladder leases of connection {ConnectionId} failed")]
    private static partial void LogRefreshFailed(ILogger logger, string connectionId, Exception exception);
}
