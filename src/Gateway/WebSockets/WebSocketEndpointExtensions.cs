using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace SanguoOrleans.Gateway.WebSockets;

/// <summary>Maps the client protocol's WebSocket endpoint.</summary>
internal static class WebSocketEndpointExtensions
{
    /// <summary>The path clients open WebSockets on.</summary>
    public const string Path = "/ws";

    /// <summary>Serves <see cref="Path"/> with <see cref="ClientWebSocketHandler"/>.</summary>
    public static WebApplication MapClientWebSockets(this WebApplication app)
    {
        // Keep-alive pings are the server's; the idle time-out still wants the client's own heartbeats.
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        var handler = app.Services.GetRequiredService<ClientWebSocketHandler>();
        app.Map(Path, handler.HandleAsync);
        return app;
    }
}
