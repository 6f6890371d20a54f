using System.Net;
using System.Net.Sockets;

namespace SanguoOrleans.Gateway.Bench;

/// <summary>A bare TCP echo server: the floor any TCP request/reply service on this box stands on.</summary>
internal static class EchoServer
{
    /// <summary>Echoes every connection on <paramref name="port"/> until the process is killed.</summary>
    public static async Task RunAsync(int port)
    {
        using var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start(1024);
        Console.WriteLine($"echo listening on {port}");
        while (true)
        {
            var socket = await listener.AcceptSocketAsync().ConfigureAwait(false);
            socket.NoDelay = true;
            _ = EchoAsync(socket);
        }
    }

    private static async Task EchoAsync(Socket socket)
    {
        using (socket)
        {
            var buffer = new byte[4096];
            try
            {
                int read;
                while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None).ConfigureAwait(false)) > 0)
                {
                    await socket.SendAsync(buffer.AsMemory(0, read), SocketFlags.None).ConfigureAwait(false);
                }
            }
            catch (SocketException)
            {
                // Client gone.
            }
        }
    }
}
