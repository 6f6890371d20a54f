using System.Net.WebSockets;
using Google.Protobuf;
using SanguoOrleans.Gateway.Connections;
using SanguoOrleans.Protocol;

namespace SanguoOrleans.Gateway.WebSockets;

/// <summary>Sends each server message as one binary WebSocket message, without a length prefix.</summary>
internal sealed class WebSocketMessageSink(WebSocket socket) : IMessageSink
{
    // Only the connection's single writer loop touches this list, so it needs no lock.
    private readonly List<byte[]> _pending = [];

    public void Write(ServerMessage message) => _pending.Add(message.ToByteArray());

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var frame in _pending)
            {
                await socket.SendAsync(frame, WebSocketMessageType.Binary, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (WebSocketException e)
        {
            // The writer loop treats IOException as "the transport is gone".
            throw new IOException("The WebSocket is closed.", e);
        }
        finally
        {
            _pending.Clear();
        }
    }
}
