using Orleans.TestingHost;

namespace SanguoOrleans.Grains.Tests;

/// <summary>
/// One in-memory silo (the in-memory wallet store is per process, as in the embedded default), shared by every
/// test in <see cref="ClusterCollection"/>.
/// </summary>
public sealed class ClusterFixture : TestClusterFixture
{
    /// <summary>Short, so tests can watch lazy groups being flushed.</summary>
    public static TimeSpan FlushInterval { get; } = TimeSpan.FromSeconds(1);

    protected override void Configure(TestClusterBuilder builder)
    {
        builder.Properties["Users:FlushInterval"] = FlushInterval.ToString();
        builder.AddSiloBuilderConfigurator<InMemorySiloConfigurator>();
    }
}
