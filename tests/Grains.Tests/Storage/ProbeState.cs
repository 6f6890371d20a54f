namespace SanguoOrleans.Grains.Tests.Storage;

/// <summary>Persistent state of <see cref="StorageProbeGrain"/>; stored as JSON.</summary>
public sealed class ProbeState
{
    /// <summary>A short value to find in the stored JSON.</summary>
    public string Name { get; set; } = "";

    /// <summary>Bulk data to make the state as large as a test needs.</summary>
    public string Payload { get; set; } = "";
}
