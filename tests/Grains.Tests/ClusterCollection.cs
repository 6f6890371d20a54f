namespace SanguoOrleans.Grains.Tests;

/// <summary>Grain tests that share one <see cref="ClusterFixture"/>; deploying a cluster per class would dominate the run.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
