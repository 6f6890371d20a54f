namespace SanguoOrleans.Gateway.Tests.Leases;

/// <summary>
/// A gateway that renews table leases rarely against tables whose leases are short, so a lease runs out between two
/// renewals and the next renewal finds the table has forgotten the connection.
/// </summary>
public sealed class LeaseGatewayFixture : GatewayFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Gateway:TableRefreshInterval"] = TimeSpan.FromSeconds(1.5).ToString(),
        ["Tables:ObserverLease"] = TimeSpan.FromSeconds(0.5).ToString(),
    };
}
