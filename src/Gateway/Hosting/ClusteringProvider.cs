namespace SanguoOrleans.Gateway.Hosting;

/// <summary>How silos find each other.</summary>
public enum ClusteringProvider
{
    /// <summary>A single silo on this machine (the embedded default).</summary>
    Localhost,

    /// <summary>Membership kept in Redis; any number of silos.</summary>
    Redis,
}
