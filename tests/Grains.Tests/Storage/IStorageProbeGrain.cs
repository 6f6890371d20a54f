namespace SanguoOrleans.Grains.Tests.Storage;

/// <summary>Test-only grain that exposes its persistent state operations one by one.</summary>
public interface IStorageProbeGrain : IGrainWithStringKey
{
    /// <summary>What this activation holds in memory.</summary>
    Task<ProbeSnapshot> GetAsync();

    /// <summary>Replaces the state and writes it.</summary>
    Task WriteAsync(string name, string payload);

    /// <summary>Clears the stored state.</summary>
    Task ClearAsync();

    /// <summary>Ends this activation after the call, so the next call reads from storage.</summary>
    Task DeactivateAsync();
}
