using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace SanguoOrleans.Grains.Tests.Ladder;

/// <summary>
/// A silo whose ladders tick fast, fill with AI after 3 s, and whose ranked tables wait long enough not to start
/// during a test. Tests use their own queue each (a shard key), so tickets of one test never meet another's.
/// </summary>
public sealed class LadderClusterFixture : TestClusterFixture
{
    public static TimeSpan AiFillAfter { get; } = TimeSpan.FromSeconds(3);

    internal SwitchableTableMaker Tables => Cluster.Primary is InProcessSiloHandle { SiloHost: { } host }
        ? host.Services.GetRequiredService<SwitchableTableMaker>()
        : throw new InvalidOperationException("The silo is not in this process.");

    protected override void Configure(TestClusterBuilder builder)
    {
        builder.Properties["LadderQueue:TickInterval"] = TimeSpan.FromMilliseconds(200).ToString();
        builder.Properties["LadderQueue:AiFillAfter"] = AiFillAfter.ToString();
        // Only the plain "doubles" key routes; every other test uses a queue of its own.
        builder.Properties["LadderQueue:BandBorders:doubles:0"] = "20";
        builder.Properties["LadderQueue:BandBorders:doubles:1"] = "25";
        builder.Properties["LadderQueue:StartDelay"] = TimeSpan.FromMinutes(10).ToString();
        builder.AddSiloBuilderConfigurator<LadderSiloConfigurator>();
    }
}

/// <summary>Ladder grain tests share one <see cref="LadderClusterFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class LadderCollection : ICollectionFixture<LadderClusterFixture>
{
    public const string Name = "ladder";
}
