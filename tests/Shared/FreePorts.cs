using System.Net;
using System.Net.Sockets;

namespace SanguoOrleans.Testing;

/// <summary>Ports nobody listens on at the moment of asking, so parallel test hosts do not collide.</summary>
internal static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
