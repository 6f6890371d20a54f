using SanguoOrleans.Gateway.Hosting;

namespace SanguoOrleans.Silo.Hosting;

/// <summary>The silo's cluster settings, bound from the "Cluster" configuration section.</summary>
public sealed class SiloOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Cluster";

    /// <summary>Silos with the same cluster id form one cluster.</summary>
    public string ClusterId { get; set; } = "sanguo";

    /// <summary>Part of every storage key: keep it stable across deployments or state is orphaned.</summary>
    public string ServiceId { get; set; } = "sanguo-orleans";

    /// <summary>How silos find each other.</summary>
    public MembershipProvider Membership { get; set; } = MembershipProvider.Localhost;

    /// <summary>Where grain state is kept.</summary>
    public StorageProvider Storage { get; set; } = StorageProvider.Memory;

    /// <summary>The port silos talk to each other on.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>The port Orleans clients (stand-alone gateways) connect to.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The host name or IP address other silos reach this one at; the loopback address when unset.</summary>
    public string? AdvertisedHost { get; set; }

    /// <summary>
    /// Declares a silo dead within seconds instead of the default quarter minute; meant for tests
    /// and small deployments where a lost vote costs little.
    /// </summary>
    public bool FastFailureDetection { get; set; }
}
