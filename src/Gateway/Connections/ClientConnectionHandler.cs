using System.Buffers;
using Google.Protobuf;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SanguoOrleans.Gateway.Handlers;
using SanguoOrleans.Gateway.Hosting;
using SanguoOrleans.Protocol;

namespace SanguoOrleans.Gateway.Connections;

/// <summary>Serves one client TCP connection: length-delimited protobuf frames in, replies out.</summary>
internal sealed partial class ClientConnectionHandler(
    RequestDispatcher dispatcher,
    IOptions<ClientGatewayOptions> options,
    GatewayMetrics metrics,
    ILogger<ClientConnectionHandler> logger) : ConnectionHandler
{
    public override async Task OnConnectedAsync(ConnectionContext connection)
    {
        metrics.ConnectionOpened();
        try
        {
            await ServeAsync(connection).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ConnectionResetException or OperationCanceledException or IOException)
        {
            // The peer went away; nothing to answer.
        }
        finally
        {
            metrics.ConnectionClosed();
        }
    }

    private async Task ServeAsync(ConnectionContext connection)
    {
        var input = connection.Transport.Input;
        var output = connection.Transport.Output;
        var closed = connection.ConnectionClosed;
        var maxFrameSize = options.Value.MaxFrameSize;
        while (true)
        {
            var read = await input.ReadAsync(closed).ConfigureAwait(false);
            var buffer = read.Buffer;
            try
            {
                while (true)
                {
                    var status = Framing.TryReadFrame(ref buffer, maxFrameSize, out var frame);
                    if (status == FrameReadResult.Incomplete)
                    {
                        break;
                    }

                    if (status != FrameReadResult.Frame || !TryParse(frame, out var request))
                    {
                        var reason = status == FrameReadResult.Frame ? "undecodable" : status.ToString();
                        metrics.ProtocolViolation(reason);
                        LogProtocolViolation(logger, connection.ConnectionId, reason);
                        connection.Abort(new ConnectionAbortedException($"Protocol violation: {reason}."));
                        return;
                    }

                    var reply = await dispatcher.DispatchAsync(request, closed).ConfigureAwait(false);
                    Framing.WriteFrame(output, reply);
                    await output.FlushAsync(closed).ConfigureAwait(false);
                }

                if (read.IsCompleted)
                {
                    return;
                }
            }
            finally
            {
                input.AdvanceTo(buffer.Start, buffer.End);
            }
        }
    }

    private static bool TryParse(ReadOnlySequence<byte> frame, out ClientMessage request)
    {
        try
        {
            request = ClientMessage.Parser.ParseFrom(frame);
            return true;
        }
        catch (InvalidProtocolBufferException)
        {
            request = null!;
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closing connection {ConnectionId}: protocol violation ({Reason})")]
    private static partial void LogProtocolViolation(ILogger logger, string connectionId, string reason);
}
