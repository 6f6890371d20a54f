using SanguoOrleans.Gateway.Hosting;

namespace SanguoOrleans.GatewayHost.Hosting;

/// <summary>How the stand-alone gateway finds the cluster, bound from the "Cluster" configuration section.</summary>
public sealed class ClusterClientOptions
{
    /// <summary>The configuration section these options are read from (the same keys as the silo's).</summary>
    public const string SectionName = "Cluster";

    /// <summary>The cluster to join; must match the silos'.</summary>
    public string ClusterId { get; set; } = "sanguo";

    /// <summary>The service to join; must match the silos'.</summary>
    public string ServiceId { get; set; } = "sanguo-orleans";

    /// <summary>How to find the silos' gateways.</summary>
    public MembershipProvider Membership { get; set; } = MembershipProvider.Localhost;

    /// <summary>The silo gateway port, for localhost clustering.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Refreshes the list of live silo gateways every second instead of every minute.</summary>
    public bool FastFailureDetection { get; set; }
}
