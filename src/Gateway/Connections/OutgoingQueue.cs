using System.Threading.Channels;
using SanguoOrleans.Protocol;

namespace SanguoOrleans.Gateway.Connections;

/// <summary>
/// One connection's bounded queue of server messages, drained by a single writer loop so replies and pushes never
/// interleave mid-frame. Pushes get the connection's next sequence number in the order they are queued.
/// </summary>
internal sealed class OutgoingQueue(int capacity)
{
    // Synchronous continuations: an idle writer loop resumes on the thread that queues a message and writes and
    // flushes it there, instead of waiting for a thread-pool thread. That hop was a large part of a round trip.
    private readonly Channel<ServerMessage> _channel = Channel.CreateBounded<ServerMessage>(
        new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait, AllowSynchronousContinuations = true });

    private readonly Lock _pushOrder = new();
    private ulong _pushSeq;

    /// <summary>Raised once when a message does not fit: the client reads too slowly and must go.</summary>
    public event Action? Overflowed;

    /// <summary>Queues a reply; false when the queue is full or closed.</summary>
    public bool TryReply(ServerMessage reply) => Offer(reply);

    /// <summary>Queues a push with the next sequence number; false when the queue is full or closed.</summary>
    public bool TryPush(ServerMessage push)
    {
        ArgumentNullException.ThrowIfNull(push);
        lock (_pushOrder)
        {
            push.Seq = ++_pushSeq;
            return Offer(push);
        }
    }

    /// <summary>Queues a last push, then accepts nothing more: the writer loop ends after sending it.</summary>
    public void PushAndComplete(ServerMessage push)
    {
        lock (_pushOrder)
        {
            push.Seq = ++_pushSeq;
            _channel.Writer.TryWrite(push);
            _channel.Writer.TryComplete();
        }
    }

    /// <summary>Sends what is queued, then accepts nothing more.</summary>
    public void Complete() => _channel.Writer.TryComplete();

    /// <summary>Writes every queued message through <paramref name="sink"/>, flushing whenever the queue runs dry.</summary>
    public async Task RunWriterAsync(IMessageSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var reader = _channel.Reader;
        while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (reader.TryRead(out var message))
            {
                sink.Write(message);
            }

            await sink.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private bool Offer(ServerMessage message)
    {
        if (_channel.Writer.TryWrite(message))
        {
            return true;
        }

        // Full, or closed because the connection is ending; only a full queue is the client's fault.
        if (_channel.Reader.Completion.IsCompleted is false && _channel.Reader.Count >= capacity)
        {
            Overflowed?.Invoke();
        }

        return false;
    }
}
