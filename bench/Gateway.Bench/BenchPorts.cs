using System.Net;
using System.Net.Sockets;

namespace SanguoOrleans.Gateway.Bench;

/// <summary>The ports of one bench run, free when asked for.</summary>
internal sealed record BenchPorts(int Silo, int OrleansGateway, int ClientTcp, int Http, int Echo)
{
    public static BenchPorts Next() => new(Free(), Free(), Free(), Free(), Free());

    private static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
