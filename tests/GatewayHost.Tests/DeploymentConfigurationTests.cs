using Microsoft.Extensions.Configuration;
using SanguoOrleans.Gateway.Hosting;
using SanguoOrleans.GatewayHost.Hosting;
using SanguoOrleans.Testing;
using SanguoOrleans.Testing.Deployment;

namespace SanguoOrleans.GatewayHost.Tests;

public class DeploymentConfigurationTests
{
    [Fact]
    public void ComposeGateway_UsesOnlyKeysTheGatewayReads_AndJoinsTheSilosCluster()
    {
        var compose = ComposeFile.Load();
        var gateway = Assert.Single(compose.ServicesBuiltFrom("src/GatewayHost/Dockerfile"));
        var silo = compose.ServicesBuiltFrom("src/Silo/Dockerfile")[0];
        var configuration = compose.Configuration(gateway);

        var client = new ClusterClientOptions();
        configuration.GetSection(ClusterClientOptions.SectionName).Bind(client, b => b.ErrorOnUnknownConfiguration = true);
        configuration.GetSection(ClientGatewayOptions.SectionName).Bind(new ClientGatewayOptions(), b => b.ErrorOnUnknownConfiguration = true);

        Assert.Subset(new HashSet<string> { "Cluster", "ConnectionStrings", "Gateway", "Telemetry" }, compose.Sections(gateway));
        Assert.Equal(MembershipProvider.Redis, client.Membership);
        Assert.Equal(compose.Configuration(silo)["Cluster:ClusterId"], client.ClusterId);
        Assert.Equal(compose.Configuration(silo)["Cluster:ServiceId"], client.ServiceId);
        Assert.Equal(compose.Configuration(silo).GetConnectionString("Redis"), configuration.GetConnectionString("Redis"));
    }

    [Fact]
    public void GatewayDockerfile_StartsTheGatewayAssembly()
    {
        var dockerfile = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "GatewayHost", "Dockerfile"));

        Assert.Contains($"\"{typeof(ClusterClientOptions).Assembly.GetName().Name}.dll\"", dockerfile, StringComparison.Ordinal);
    }
}
