namespace SanguoOrleans.Grains.Tests.Storage;

/// <summary>Test-only grain persisting <see cref="ProbeState"/> in the "Default" (MariaDB) storage.</summary>
public sealed class StorageProbeGrain(
    [PersistentState(StorageProbeGrain.StateName, StorageNames.Default)] IPersistentState<ProbeState> state)
    : Grain, IStorageProbeGrain
{
    /// <summary>The state name, which is what the storage table records as GrainTypeString.</summary>
    public const string StateName = "probe";

    // Lets tests tell a fresh activation (which read from storage) from the old one.
    private readonly Guid _activationId = Guid.NewGuid();

    /// <inheritdoc />
    public Task<ProbeSnapshot> GetAsync() => Task.FromResult(
        new ProbeSnapshot(_activationId, state.State.Name, state.State.Payload, state.Etag, state.RecordExists));

    /// <inheritdoc />
    public Task WriteAsync(string name, string payload)
    {
        state.State = new ProbeState { Name = name, Payload = payload };
        return state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task ClearAsync() => state.ClearStateAsync();

    /// <inheritdoc />
    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
