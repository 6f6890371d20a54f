using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SanguoOrleans.Gateway.Handlers;
using SanguoOrleans.Gateway.Hosting;
using SanguoOrleans.Protocol;
using static SanguoOrleans.Gateway.Mapping.Refusals;
using ErrorCode = SanguoOrleans.Protocol.ErrorCode;

namespace SanguoOrleans.Gateway.Connections;

/// <summary>Serves one client TCP connection: length-delimited protobuf frames in, replies and pushes out.</summary>
internal sealed class ClientConnectionHandler(
    RequestDispatcher dispatcher,
    IGrainFactory grains,
    ConnectionLimiter limiter,
    IOptions<ClientGatewayOptions> options,
    GatewayMetrics metrics,
    ILogger<ClientConnectionHandler> logger) : ConnectionHandler
{
    public override async Task OnConnectedAsync(ConnectionContext connection)
    {
        if (!limiter.TryEnter())
        {
            await RefuseAsync(connection).ConfigureAwait(false);
            return;
        }

        metrics.ConnectionOpened();
        var sink = new PipeMessageSink(connection.Transport.Output);
        var client = new ClientConnection(connection.ConnectionId, sink, options.Value, dispatcher, grains, metrics, logger, connection.ConnectionClosed);
        try
        {
            await ServeAsync(connection, client).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ConnectionResetException or OperationCanceledException or IOException)
        {
            // The peer went away, or the connection is being closed on purpose.
        }
        finally
        {
            // Returning closes the socket gracefully, after what the writer flushed (an abort could discard it).
            await client.DisposeAsync().ConfigureAwait(false);
            limiter.Exit();
            metrics.ConnectionClosed();
        }
    }

    private async Task ServeAsync(ConnectionContext connection, ClientConnection client)
    {
        var input = connection.Transport.Input;
        var maxFrameSize = options.Value.MaxFrameSize;
        while (true)
        {
            System.IO.Pipelines.ReadResult read;
            try
            {
                read = await input.ReadAsync(client.ReadToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!client.Closing.IsCancellationRequested)
            {
                client.ClosedForIdleness();
                return;
            }

            client.ResetIdle();
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

                    if (status != FrameReadResult.Frame)
                    {
                        client.Violation(status.ToString());
                        return;
                    }

                    if (!await client.HandleFrameAsync(frame).ConfigureAwait(false))
                    {
                        return;
                    }
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

    private static async Task RefuseAsync(ConnectionContext connection)
    {
        var notice = new ServerMessage { Seq = 1, Error = Error(ErrorCode.TooManyConnections, "The gateway is full; try again later or another gateway.") };
        Framing.WriteFrame(connection.Transport.Output, notice);
        await connection.Transport.Output.FlushAsync().ConfigureAwait(false);
        await connection.Transport.Output.CompleteAsync().ConfigureAwait(false);
    }
}
