using SanguoOrleans.Protocol;

namespace SanguoOrleans.Gateway.Connections;

/// <summary>Where a connection's writer loop puts frames: a TCP pipe or a WebSocket.</summary>
internal interface IMessageSink
{
    /// <summary>Buffers one message as one frame.</summary>
    void Write(ServerMessage message);

    /// <summary>Sends what was buffered.</summary>
    ValueTask FlushAsync(CancellationToken cancellationToken);
}
