using System.Buffers;
using System.Net.WebSockets;

namespace SanguoOrleans.Gateway.WebSockets;

/// <summary>What one read from a client WebSocket produced.</summary>
internal enum WebSocketFrameKind
{
    /// <summary>A whole binary message within the size limit.</summary>
    Binary,

    /// <summary>A text message: not part of the protocol.</summary>
    Text,

    /// <summary>A binary message larger than the maximum frame size.</summary>
    TooBig,

    /// <summary>The client sent a close frame.</summary>
    Closed,
}

/// <summary>
/// Reassembles whole WebSocket messages up to a size limit. A receive is never cancelled (cancelling one aborts the
/// socket, losing the chance to say why it is closed); the caller's token only stops the waiting.
/// </summary>
internal sealed class WebSocketFrameReader(WebSocket socket, int maxFrameSize)
{
    // Small, because every idle connection holds one while it waits.
    private const int ChunkSize = 4096;

    private readonly byte[] _chunk = new byte[ChunkSize];
    private readonly ArrayBufferWriter<byte> _message = new(ChunkSize);
    private Task<ValueWebSocketReceiveResult>? _pending;

    /// <summary>The last binary message; valid until the next read.</summary>
    public ReadOnlySequence<byte> Message => new(_message.WrittenMemory);

    /// <summary>Reads the next message; throws <see cref="OperationCanceledException"/> when the wait is cancelled.</summary>
    public async Task<WebSocketFrameKind> ReadAsync(CancellationToken cancellationToken)
    {
        _message.ResetWrittenCount();
        while (true)
        {
            _pending ??= socket.ReceiveAsync(_chunk.AsMemory(), CancellationToken.None).AsTask();
            var result = await _pending.WaitAsync(cancellationToken).ConfigureAwait(false);
            _pending = null;
            switch (result.MessageType)
            {
                case WebSocketMessageType.Close:
                    return WebSocketFrameKind.Closed;
                case WebSocketMessageType.Text:
                    return WebSocketFrameKind.Text;
            }

            if (_message.WrittenCount + result.Count > maxFrameSize)
            {
                return WebSocketFrameKind.TooBig;
            }

            _message.Write(_chunk.AsSpan(0, result.Count));
            if (result.EndOfMessage)
            {
                return WebSocketFrameKind.Binary;
            }
        }
    }

    /// <summary>Observes a receive still outstanding when the socket is torn down, so its fault goes unreported.</summary>
    public void Abandon() => _pending?.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
