using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MySqlConnector;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Serialization;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Interfaces.Announcements;
using SanguoOrleans.Testing;

namespace SanguoOrleans.Silo.Tests;

public class ClusterFailoverTests
{
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task StateWrittenThroughAGrain_IsReadBackThroughTheOtherSiloAfterItsHostIsKilled()
    {
        var redis = await LocalServices.RedisAsync();
        var mySql = await LocalServices.MySqlAsync();
        var clusterId = "failover-" + Guid.NewGuid().ToString("N")[..12];
        var settings = TestHosts.Cluster(redis, mySql, clusterId);
        var portsA = HostPorts.Next();
        var portsB = HostPorts.Next();
        await using var siloA = await TestHosts.StartSiloAsync("silo A", portsA, settings);
        await using var siloB = await TestHosts.StartSiloAsync("silo B", portsB, settings);
        using var client = await StartClientAsync(redis, clusterId);
        var grains = client.Services.GetRequiredService<IClusterClient>();

        var board = grains.GetGrain<IAnnouncementBoardGrain>("lobby");
        var posted = await RetryAsync(() => board.PostAsync("服务器维护 04:00 开始"));
        var firstHost = await grains.GetGrain<IManagementGrain>(0).GetActivationAddress(board);
        Assert.NotNull(firstHost);
        var (victim, survivorPort) = firstHost.Endpoint.Port == portsA.Silo ? (siloA, portsB.Silo) : (siloB, portsA.Silo);

        victim.Kill();
        var recent = await RetryAsync(() => board.GetRecentAsync(10));
        var secondHost = await grains.GetGrain<IManagementGrain>(0).GetActivationAddress(board);

        Assert.Equal([posted], recent);
        Assert.Equal(survivorPort, secondHost?.Endpoint.Port);
        Assert.Contains("服务器维护 04:00 开始", await ReadStoredJsonAsync(mySql, clusterId), StringComparison.Ordinal);
    }

    private static async Task<IHost> StartClientAsync(string redis, string clusterId)
    {
        var host = new HostBuilder()
            .UseOrleansClient(client => client
                .UseRedisClustering(redis)
                .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, clusterId))
                .Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(1))
                .Services.AddSerializer(serializer => serializer.AddEngineRecords()))
            .Build();
        await host.StartAsync();
        return host;
    }

    // While the dead silo is being evicted, calls fail fast or time out; a caller retries.
    private static async Task<T> RetryAsync<T>(Func<Task<T>> call)
    {
        var deadline = DateTime.UtcNow + RecoveryTimeout;
        while (true)
        {
            try
            {
                return await call();
            }
            catch (Exception e) when (e is OrleansException or TimeoutException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    private static async Task<string> ReadStoredJsonAsync(string mySql, string serviceId)
    {
        await using var connection = new MySqlConnection(mySql);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(
            "SELECT PayloadJson FROM OrleansStorage WHERE ServiceId = @serviceId AND GrainTypeString LIKE '%announcement%'", connection);
        command.Parameters.AddWithValue("@serviceId", serviceId);
        return (string?)await command.ExecuteScalarAsync() ?? "";
    }
}
