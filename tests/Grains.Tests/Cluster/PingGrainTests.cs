using SanguoOrleans.Grains.Interfaces.Cluster;

namespace SanguoOrleans.Grains.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public class PingGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Ping_EchoesTheClientTimeAndNamesAClusterSilo()
    {
        var silos = fixture.Cluster.GetActiveSilos().Select(s => s.SiloAddress.ToParsableString()).ToList();

        var result = await fixture.Grains.GetGrain<IPingGrain>(0).PingAsync(12345);

        Assert.Equal(12345, result.ClientTimeUnixMs);
        Assert.Contains(result.Silo, silos);
        Assert.InRange(result.ServerTimeUnixMs, DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeMilliseconds(), DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeMilliseconds());
    }
}
