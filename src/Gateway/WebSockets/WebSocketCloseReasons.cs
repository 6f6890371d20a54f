using System.Net.WebSockets;

namespace SanguoOrleans.Gateway.WebSockets;

/// <summary>The close statuses the gateway ends a WebSocket with, so clients can tell why.</summary>
internal static class WebSocketCloseReasons
{
    /// <summary>RFC 6455 "try again later" (1013), which <see cref="WebSocketCloseStatus"/> does not name.</summary>
    public const WebSocketCloseStatus TryAgainLater = (WebSocketCloseStatus)1013;

    public static (WebSocketCloseStatus Status, string Description) TextFrame { get; } =
        (WebSocketCloseStatus.InvalidMessageType, "binary frames only: one protobuf ClientMessage per frame");

    public static (WebSocketCloseStatus Status, string Description) ProtocolViolation { get; } =
        (WebSocketCloseStatus.PolicyViolation, "protocol violation: undecodable message or flooding");

    public static (WebSocketCloseStatus Status, string Description) Full { get; } =
        (TryAgainLater, "gateway full");

    public static (WebSocketCloseStatus Status, string Description) Done { get; } =
        (WebSocketCloseStatus.NormalClosure, "closed by the gateway");

    public static (WebSocketCloseStatus Status, string Description) TooBig(int maxFrameSize) =>
        (WebSocketCloseStatus.MessageTooBig, $"message larger than {maxFrameSize} bytes");
}
