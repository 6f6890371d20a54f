using System.Globalization;

namespace SanguoOrleans.Testing;

/// <summary>The ports one host process listens on, all free at the time of asking.</summary>
internal sealed record HostPorts(int Silo, int OrleansGateway, int ClientTcp, int Http)
{
    public static HostPorts Next() => new(FreePorts.Next(), FreePorts.Next(), FreePorts.Next(), FreePorts.Next());
}

/// <summary>Starts the real silo and gateway hosts as processes with configuration given as environment variables.</summary>
internal static class TestHosts
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Settings that put a host on Redis clustering and MariaDB storage in a cluster of its own.</summary>
    public static Dictionary<string, string?> Cluster(string redis, string mySql, string clusterId) => new()
    {
        ["Cluster:Membership"] = "Redis",
        ["Cluster:Storage"] = "MySql",
        ["Cluster:ClusterId"] = clusterId,
        ["Cluster:ServiceId"] = clusterId,
        ["Cluster:FastFailureDetection"] = "true",
        ["ConnectionStrings:Redis"] = redis,
        ["ConnectionStrings:MySql"] = mySql,
    };

    public static async Task<HostProcess> StartSiloAsync(string name, HostPorts ports, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Cluster:SiloPort"] = Text(ports.Silo),
            ["Cluster:GatewayPort"] = Text(ports.OrleansGateway),
            ["Gateway:ListenAddress"] = "127.0.0.1",
            ["Gateway:TcpPort"] = Text(ports.ClientTcp),
            ["Gateway:HttpPort"] = Text(ports.Http),
        };
        var silo = HostProcess.Start(name, RepositoryPaths.HostAssembly("Silo", "SanguoOrleans.Silo"), all);
        await silo.WaitForPortAsync(ports.OrleansGateway, StartTimeout);
        await silo.WaitForPortAsync(ports.ClientTcp, StartTimeout);
        return silo;
    }

    public static async Task<HostProcess> StartGatewayHostAsync(string name, HostPorts ports, IReadOnlyDictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>(settings)
        {
            ["Gateway:ListenAddress"] = "127.0.0.1",
            ["Gateway:TcpPort"] = Text(ports.ClientTcp),
            ["Gateway:HttpPort"] = Text(ports.Http),
        };
        var gateway = HostProcess.Start(name, RepositoryPaths.HostAssembly("GatewayHost", "SanguoOrleans.GatewayHost"), all);
        await gateway.WaitForPortAsync(ports.ClientTcp, StartTimeout);
        return gateway;
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
