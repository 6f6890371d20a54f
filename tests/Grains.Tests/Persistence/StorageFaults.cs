using System.Collections.Concurrent;

namespace SanguoOrleans.Grains.Tests.Persistence;

/// <summary>Switches for <see cref="FaultInjectingGrainStorage"/>, and the writes it let through, per state name.</summary>
public sealed class StorageFaults
{
    private readonly ConcurrentDictionary<string, bool> _failing = new();
    private readonly ConcurrentDictionary<string, int> _writes = new();

    public void FailWrites(string stateName, bool fail) => _failing[stateName] = fail;

    public bool ShouldFail(string stateName) => _failing.TryGetValue(stateName, out var fail) && fail;

    public void CountWrite(string stateName) => _writes.AddOrUpdate(stateName, 1, (_, n) => n + 1);

    public int Writes(string stateName) => _writes.TryGetValue(stateName, out var n) ? n : 0;
}
