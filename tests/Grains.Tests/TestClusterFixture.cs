using Orleans.TestingHost;
using SanguoOrleans.Grains.Tests.Tables;

namespace SanguoOrleans.Grains.Tests;

/// <summary>
/// Deploys an in-process test cluster for a test class or collection and stops it afterwards; subclasses say
/// which silo configuration and settings it runs with. Its clients speak the engine's records, as the gateway does.
/// </summary>
public abstract class TestClusterFixture : IAsyncLifetime
{
    private TestCluster? _cluster;

    public TestCluster Cluster => _cluster ?? throw new InvalidOperationException("The fixture is not initialised.");

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(initialSilosCount: 1);
        builder.AddClientBuilderConfigurator<EngineRecordsClientConfigurator>();
        Configure(builder);
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }
    }

    /// <summary>Adds the silo configurators and the settings (builder properties become silo configuration).</summary>
    protected abstract void Configure(TestClusterBuilder builder);
}
