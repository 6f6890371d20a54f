using Microsoft.Extensions.Configuration;
using SanguoOrleans.Gateway.Hosting;
using SanguoOrleans.Silo.Hosting;
using SanguoOrleans.Testing;
using SanguoOrleans.Testing.Deployment;

namespace SanguoOrleans.Silo.Tests;

public class DeploymentConfigurationTests
{
    private static readonly string[] KnownSections = ["Cluster", "ConnectionStrings", "Gateway", "Dashboard", "Telemetry"];

    [Fact]
    public void ComposeSilos_UseOnlyKeysTheSiloReads_AndFormOneRedisMySqlCluster()
    {
        var compose = ComposeFile.Load();
        var silos = compose.ServicesBuiltFrom("src/Silo/Dockerfile");

        Assert.True(silos.Count >= 2, "the deployment runs at least two silos");
        foreach (var service in silos)
        {
            var configuration = compose.Configuration(service);
            Assert.Subset(KnownSections.ToHashSet(), compose.Sections(service));
            var cluster = Bind<SiloOptions>(configuration, SiloOptions.SectionName);
            Bind<ClientGatewayOptions>(configuration, ClientGatewayOptions.SectionName);

            Assert.Equal(MembershipProvider.Redis, cluster.Membership);
            Assert.Equal(StorageProvider.MySql, cluster.Storage);
            Assert.Equal(service, cluster.AdvertisedHost);
            Assert.False(string.IsNullOrEmpty(configuration.GetConnectionString("Redis")));
            Assert.False(string.IsNullOrEmpty(configuration.GetConnectionString("MySql")));
        }

        Assert.Single(silos.Select(s => Bind<SiloOptions>(compose.Configuration(s), SiloOptions.SectionName).ClusterId).Distinct());
    }

    [Fact]
    public void SiloDockerfile_StartsTheSiloAssembly()
    {
        var dockerfile = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Silo", "Dockerfile"));

        Assert.Contains($"\"{typeof(SiloOptions).Assembly.GetName().Name}.dll\"", dockerfile, StringComparison.Ordinal);
    }

    private static T Bind<T>(IConfiguration configuration, string section)
        where T : new()
    {
        var options = new T();
        configuration.GetSection(section).Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
        return options;
    }
}
