using SanguoOrleans.Protocol;
using ErrorCode = SanguoOrleans.Protocol.ErrorCode;
using SanguoOrleans.Testing;

namespace SanguoOrleans.GatewayHost.Tests;

public class StandaloneGatewayTests
{
    private static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task PingThroughTheStandaloneGateway_IsAnsweredByTheOtherSiloWhenTheFirstDies()
    {
        var redis = await LocalServices.RedisAsync();
        var settings = TestHosts.Cluster(redis, await LocalServices.MySqlAsync(), "gateway-" + Guid.NewGuid().ToString("N")[..12]);
        var portsA = HostPorts.Next();
        var portsB = HostPorts.Next();
        await using var siloA = await TestHosts.StartSiloAsync("silo A", portsA, settings);
        await using var siloB = await TestHosts.StartSiloAsync("silo B", portsB, settings);
        var gatewayPorts = HostPorts.Next();
        await using var gateway = await TestHosts.StartGatewayHostAsync("gateway", gatewayPorts, settings);

        var before = SiloPort(await PingAsync(gateway, gatewayPorts.ClientTcp));
        var (victim, survivor) = before == portsA.Silo ? (siloA, portsB.Silo) : (siloB, portsA.Silo);
        victim.Kill();
        var after = SiloPort(await PingAsync(gateway, gatewayPorts.ClientTcp));

        Assert.Contains(before, new[] { portsA.Silo, portsB.Silo });
        Assert.Equal(survivor, after);
    }

    [Fact]
    public async Task StandaloneGateway_StartedBeforeAnySilo_ServesOnceASiloJoins()
    {
        var settings = TestHosts.Cluster(await LocalServices.RedisAsync(), await LocalServices.MySqlAsync(), "early-" + Guid.NewGuid().ToString("N")[..12]);
        var gatewayPorts = HostPorts.Next();
        await using var gateway = await TestHosts.StartGatewayHostAsync("gateway", gatewayPorts, settings);
        var siloPorts = HostPorts.Next();
        await using var silo = await TestHosts.StartSiloAsync("silo", siloPorts, settings);

        var reply = await PingAsync(gateway, gatewayPorts.ClientTcp);

        Assert.Equal(siloPorts.Silo, SiloPort(reply));
    }

    private static async Task<ServerMessage> PingAsync(HostProcess gateway, int port)
    {
        var deadline = DateTime.UtcNow + PingTimeout;
        while (true)
        {
            var reply = await GatewayClient.PingAsync(port, PingTimeout);
            if (reply.BodyCase == ServerMessage.BodyOneofCase.Ping || DateTime.UtcNow > deadline)
            {
                Assert.Equal(ServerMessage.BodyOneofCase.Ping, reply.BodyCase);
                return reply;
            }

            // UNAVAILABLE while the gateway's client has not yet seen a silo: ask again.
            Assert.True(reply.Error.Code == ErrorCode.Unavailable, $"{reply.Error}\n{gateway.Output}");
            await Task.Delay(200);
        }
    }

    // Silo names read "127.0.0.1:<silo port>@<generation>".
    private static int SiloPort(ServerMessage reply) =>
        int.Parse(reply.Ping.Silo.Split(':', '@')[1], System.Globalization.CultureInfo.InvariantCulture);
}
