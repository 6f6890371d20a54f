using System.Net.WebSockets;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SanguoOrleans.Gateway.Connections;
using SanguoOrleans.Gateway.Handlers;
using SanguoOrleans.Gateway.Hosting;
using SanguoOrleans.Protocol;
using static SanguoOrleans.Gateway.Mapping.Refusals;
using ErrorCode = SanguoOrleans.Protocol.ErrorCode;

namespace SanguoOrleans.Gateway.WebSockets;

/// <summary>
/// Serves one client WebSocket: one protobuf message per binary frame, with the same connection logic, limits and
/// sessions as the TCP port (<see cref="ClientConnection"/>).
/// </summary>
internal sealed class ClientWebSocketHandler(
    RequestDispatcher dispatcher,
    IGrainFactory grains,
    ConnectionLimiter limiter,
    IOptions<ClientGatewayOptions> options,
    GatewayMetrics metrics,
    ILogger<ClientWebSocketHandler> logger)
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Accepts the upgrade and serves the socket until either side closes it.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        if (!limiter.TryEnter())
        {
            await RefuseAsync(socket).ConfigureAwait(false);
            return;
        }

        metrics.ConnectionOpened();
        var reader = new WebSocketFrameReader(socket, options.Value.MaxFrameSize);
        var client = new ClientConnection(
            "ws-" + context.Connection.Id, new WebSocketMessageSink(socket), options.Value, dispatcher, grains, metrics, logger, context.RequestAborted);
        var close = WebSocketCloseReasons.Done;
        try
        {
            close = await ServeAsync(reader, client).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            // The peer went away.
        }
        finally
        {
            // The writer must be done before the close frame: a WebSocket allows one send at a time.
            await client.DisposeAsync().ConfigureAwait(false);
            await CloseAsync(socket, close).ConfigureAwait(false);
            reader.Abandon();
            limiter.Exit();
            metrics.ConnectionClosed();
        }
    }

    private async Task<(WebSocketCloseStatus, string)> ServeAsync(WebSocketFrameReader reader, ClientConnection client)
    {
        var maxFrameSize = options.Value.MaxFrameSize;
        while (true)
        {
            WebSocketFrameKind kind;
            try
            {
                kind = await reader.ReadAsync(client.ReadToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!client.Closing.IsCancellationRequested)
            {
                client.ClosedForIdleness();
                return WebSocketCloseReasons.Done;
            }

            client.ResetIdle();
            switch (kind)
            {
                case WebSocketFrameKind.Closed:
                    return WebSocketCloseReasons.Done;
                case WebSocketFrameKind.Text:
                    client.Violation("text_frame");
                    return WebSocketCloseReasons.TextFrame;
                case WebSocketFrameKind.TooBig:
                    client.Violation(nameof(FrameReadResult.TooLarge));
                    return WebSocketCloseReasons.TooBig(maxFrameSize);
            }

            if (!await client.HandleFrameAsync(reader.Message).ConfigureAwait(false))
            {
                return WhyHandlingStopped(reader, client);
            }
        }
    }

    // Only on the way out, so the hot path parses each message once.
    private static (WebSocketCloseStatus, string) WhyHandlingStopped(WebSocketFrameReader reader, ClientConnection client)
    {
        try
        {
            ClientMessage.Parser.ParseFrom(reader.Message);
        }
        catch (InvalidProtocolBufferException)
        {
            return (WebSocketCloseStatus.InvalidPayloadData, "undecodable ClientMessage");
        }

        return client.Session.CloseAfterReply ? WebSocketCloseReasons.Done : WebSocketCloseReasons.ProtocolViolation;
    }

    private static async Task RefuseAsync(WebSocket socket)
    {
        var notice = new ServerMessage { Seq = 1, Error = Error(ErrorCode.TooManyConnections, "The gateway is full; try again later or another gateway.") };
        using var timeout = new CancellationTokenSource(CloseTimeout);
        try
        {
            await socket.SendAsync(notice.ToByteArray(), WebSocketMessageType.Binary, endOfMessage: true, timeout.Token).ConfigureAwait(false);
            await socket.CloseOutputAsync(WebSocketCloseReasons.Full.Status, WebSocketCloseReasons.Full.Description, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Refused either way.
        }
    }

    private static async Task CloseAsync(WebSocket socket, (WebSocketCloseStatus Status, string Description) close)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(CloseTimeout);
        try
        {
            await socket.CloseOutputAsync(close.Status, close.Description, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The peer is gone or does not read; disposing the socket aborts it.
        }
    }
}
