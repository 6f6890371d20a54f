namespace SanguoOrleans.Grains.Interfaces.Presence;

/// <summary>
/// Who is online, for one shard of users (<see cref="PresenceShards.Of"/>). Silos report changes in batches,
/// as the seed's DB server notifies its center server of users who finished going offline.
/// </summary>
public interface IPresenceGrain : IGrainWithIntegerKey
{
    /// <summary>Applies a batch of changes in order.</summary>
    Task ApplyAsync(IReadOnlyList<PresenceChange> changes);

    /// <summary>Whether the user is online.</summary>
    Task<bool> IsOnlineAsync(Guid userId);

    /// <summary>The number of online users in this shard.</summary>
    Task<int> CountOnlineAsync();
}
