using Orleans.TestingHost;

namespace SanguoOrleans.Grains.Tests.Tables;

/// <summary>One silo whose tables hold connections to a lease of <see cref="Lease"/>, short enough to watch expire.</summary>
public sealed class ShortLeaseFixture : TestClusterFixture
{
    // Long against a loaded test machine's pauses (a refresh arriving late drops the connection), short against a test's patience.
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(2);

    protected override void Configure(TestClusterBuilder builder)
    {
        builder.Properties["Tables:ObserverLease"] = Lease.ToString();
        builder.AddSiloBuilderConfigurator<InMemorySiloConfigurator>();
    }
}
