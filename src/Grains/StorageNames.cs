namespace SanguoOrleans.Grains;

/// <summary>Names of the grain storage providers the silo registers.</summary>
public static class StorageNames
{
    /// <summary>Durable grain state (MariaDB in a cluster, memory in the embedded default).</summary>
    public const string Default = "Default";
}
