namespace SanguoOrleans.Grains.Persistence;

/// <summary>
/// One named part of a grain's state, saved on its own with a dirty mark (the seed's IsDirtyXX groups):
/// an unchanged group is never written, and a failed write leaves the group dirty for the next attempt.
/// </summary>
internal sealed class PersistentGroup<T>(IPersistentState<T> storage, bool urgent)
{
    /// <summary>The group's current content.</summary>
    public T State => storage.State;

    /// <summary>Urgent groups are written before the call that changed them returns.</summary>
    public bool Urgent { get; } = urgent;

    /// <summary>Whether the group has changes not yet written.</summary>
    public bool IsDirty { get; private set; }

    /// <summary>Whether the group was ever written (a new user's groups are not).</summary>
    public bool Exists => storage.RecordExists;

    /// <summary>Records that <see cref="State"/> changed.</summary>
    public void MarkDirty() => IsDirty = true;

    /// <summary>Writes the group when it is dirty; throws, leaving it dirty, when the write fails.</summary>
    public async Task SaveAsync()
    {
        if (!IsDirty)
        {
            return;
        }

        await storage.WriteStateAsync();
        IsDirty = false;
    }

    /// <summary>Drops unsaved changes by reading the stored content back.</summary>
    public async Task ReloadAsync()
    {
        await storage.ReadStateAsync();
        IsDirty = false;
    }
}
