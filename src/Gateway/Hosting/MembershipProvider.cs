namespace SanguoOrleans.Gateway.Hosting;

/// <summary>Where the cluster keeps its membership, so silos and gateways find each other.</summary>
public enum MembershipProvider
{
    /// <summary>A single silo on this machine (the embedded default).</summary>
    Localhost,

    /// <summary>Membership kept in Redis; any number of silos.</summary>
    Redis,
}
