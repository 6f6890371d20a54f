using SanguoOrleans.Protocol;
using SanguoOrleans.Testing;

namespace SanguoOrleans.Silo.Tests;

public class EmbeddedSiloTests
{
    [Fact]
    public async Task SiloWithoutConfiguration_ServesPingAndHealthOnItsOwnGateway()
    {
        var ports = HostPorts.Next();
        await using var silo = await TestHosts.StartSiloAsync("embedded silo", ports);

        var reply = await GatewayClient.PingAsync(ports.ClientTcp, TimeSpan.FromSeconds(10));
        using var http = new HttpClient();
        var health = await http.GetStringAsync(new Uri($"http://127.0.0.1:{ports.Http}/healthz"));

        Assert.Equal(ServerMessage.BodyOneofCase.Ping, reply.BodyCase);
        Assert.Contains($":{ports.Silo}@", reply.Ping.Silo, StringComparison.Ordinal);
        Assert.Equal("Healthy", health);
    }
}
