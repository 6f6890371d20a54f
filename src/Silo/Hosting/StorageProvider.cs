namespace SanguoOrleans.Silo.Hosting;

/// <summary>Where grain state is kept.</summary>
public enum StorageProvider
{
    /// <summary>In this process only; lost when it stops (the embedded default).</summary>
    Memory,

    /// <summary>MariaDB or MySQL through the AdoNet provider.</summary>
    MySql,
}
