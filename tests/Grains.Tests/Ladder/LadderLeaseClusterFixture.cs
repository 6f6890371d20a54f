using Orleans.TestingHost;

namespace SanguoOrleans.Grains.Tests.Ladder;

/// <summary>
/// A silo whose ladder tickets lapse after two seconds without a renewal and whose queues never fill with AI during
/// a test, so a ticket leaves only by its lease.
/// </summary>
public sealed class LadderLeaseClusterFixture : TestClusterFixture
{
    public static TimeSpan TicketLease { get; } = TimeSpan.FromSeconds(2);

    protected override void Configure(TestClusterBuilder builder)
    {
        builder.Properties["LadderQueue:TickInterval"] = TimeSpan.FromMilliseconds(100).ToString();
        builder.Properties["LadderQueue:TicketLease"] = TicketLease.ToString();
        builder.Properties["LadderQueue:AiFillAfter"] = TimeSpan.FromMinutes(10).ToString();
        builder.AddSiloBuilderConfigurator<LadderSiloConfigurator>();
    }
}
