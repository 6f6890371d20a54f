using System.Net.Sockets;
using SanguoOrleans.Protocol;

namespace SanguoOrleans.Testing;

/// <summary>A minimal client of the gateway's TCP protocol, for end-to-end tests.</summary>
internal static class GatewayClient
{
    /// <summary>Sends one ping on a fresh connection and returns the reply.</summary>
    public static async Task<ServerMessage> PingAsync(int port, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", port, cancel.Token);
        var channel = new MessageChannel(tcp.GetStream());
        await channel.WriteAsync(new ClientMessage { RequestId = 1, Ping = new PingRequest { ClientTimeUnixMs = 1 } }, cancel.Token);
        return await channel.ReadAsync(ServerMessage.Parser, cancel.Token)
            ?? throw new IOException("The gateway closed the connection without a reply.");
    }
}
