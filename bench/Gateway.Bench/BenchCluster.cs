using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SanguoOrleans.Gateway.Bench;

/// <summary>One silo process (with its co-hosted gateway) on ports of its own, and a raw Orleans client connected to it.</summary>
internal sealed class BenchCluster : IAsyncDisposable
{
    private readonly IHost _client;

    private BenchCluster(HostProcess silo, BenchPorts ports, IHost client)
    {
        Silo = silo;
        Ports = ports;
        _client = client;
        Client = client.Services.GetRequiredService<IClusterClient>();
        Users = new BenchUsers(Client);
    }

    public HostProcess Silo { get; }

    public BenchPorts Ports { get; }

    public IClusterClient Client { get; }

    public BenchUsers Users { get; }

    /// <summary>Starts <paramref name="siloAssembly"/> as a cluster of its own and connects a client to it.</summary>
    public static async Task<BenchCluster> StartAsync(string siloAssembly, string clusterId, IEnumerable<KeyValuePair<string, string>> extraSettings)
    {
        var ports = BenchPorts.Next();
        var settings = new Dictionary<string, string>
        {
            ["Cluster:ClusterId"] = clusterId,
            ["Cluster:ServiceId"] = clusterId,
            ["Cluster:SiloPort"] = Text(ports.Silo),
            ["Cluster:GatewayPort"] = Text(ports.OrleansGateway),
            ["Gateway:ListenAddress"] = "127.0.0.1",
            ["Gateway:TcpPort"] = Text(ports.ClientTcp),
            ["Gateway:HttpPort"] = Text(ports.Http),
            // The per-connection rate limit would cap a closed loop; idle connections must outlive the setup.
            ["Gateway:RequestsPerSecond"] = "10000000",
            ["Gateway:RequestBurst"] = "10000000",
            ["Gateway:IdleTimeout"] = "00:30:00",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in extraSettings)
        {
            settings[key] = value;
        }

        var silo = HostProcess.Start(siloAssembly, [], settings);
        await silo.WaitForPortAsync(ports.ClientTcp, TimeSpan.FromSeconds(90));
        await silo.WaitForPortAsync(ports.OrleansGateway, TimeSpan.FromSeconds(90));

        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client => client.UseLocalhostClustering(ports.OrleansGateway, clusterId, clusterId));
        var host = builder.Build();
        await host.StartAsync();
        return new BenchCluster(silo, ports, host);
    }

    public async ValueTask DisposeAsync()
    {
        await _client.StopAsync();
        _client.Dispose();
        await Silo.DisposeAsync();
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
