namespace SanguoOrleans.Gateway.Tests.WebSockets;

/// <summary>Opens WebSockets on a fixture's HTTP port.</summary>
internal static class WebSocketFixtureExtensions
{
    public static Uri WebSocketUri(this GatewayFixture gateway, string scheme = "ws") => new($"{scheme}://127.0.0.1:{gateway.HttpPort}/ws");

    public static Task<WebSocketTestClient> WebSocketAsync(this GatewayFixture gateway) => WebSocketTestClient.ConnectAsync(gateway.WebSocketUri());
}
