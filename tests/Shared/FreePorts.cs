using System.Net;
using System.Net.Sockets;

namespace SanguoOrleans.Testing;

/// <summary>
/// Ports nobody listens on at the moment of asking, for test hosts. They come from below the kernel's ephemeral
/// range, so an outgoing connection can never take one between our check and the host's bind, and from a random
/// place in it, so test processes running side by side rarely pick the same one.
/// </summary>
internal static class FreePorts
{
    private const int First = 20000;
    private const int Count = 12000;
    private static readonly HashSet<int> Given = [];

    public static int Next()
    {
        lock (Given)
        {
            var start = Random.Shared.Next(Count);
            for (var i = 0; i < Count; i++)
            {
                var port = First + ((start + i) % Count);
                if (!Given.Contains(port) && IsFree(port))
                {
                    Given.Add(port);
                    return port;
                }
            }
        }

        throw new InvalidOperationException("No free port between 20000 and 32000.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Any, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
