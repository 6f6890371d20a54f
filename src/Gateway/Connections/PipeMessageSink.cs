using System.IO.Pipelines;
using SanguoOrleans.Protocol;

namespace SanguoOrleans.Gateway.Connections;

/// <summary>Writes length-delimited frames to a Kestrel connection's output pipe.</summary>
internal sealed class PipeMessageSink(PipeWriter output) : IMessageSink
{
    public void Write(ServerMessage message) => Framing.WriteFrame(output, message);

    public async ValueTask FlushAsync(CancellationToken cancellationToken) =>
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
}
