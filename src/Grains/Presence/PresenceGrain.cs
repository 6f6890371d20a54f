using SanguoOrleans.Grains.Interfaces.Presence;

namespace SanguoOrleans.Grains.Presence;

// Transient by design (the seed keeps it in Redis): after a restart users report again as they come online.
[KeepAlive]
internal sealed class PresenceGrain : Grain, IPresenceGrain
{
    private readonly Dictionary<Guid, DateTimeOffset> _online = [];

    public Task ApplyAsync(IReadOnlyList<PresenceChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var change in changes)
        {
            if (change.Online)
            {
                _online[change.UserId] = change.At;
            }
            else
            {
                _online.Remove(change.UserId);
            }
        }

        return Task.CompletedTask;
    }

    public Task<bool> IsOnlineAsync(Guid userId) => Task.FromResult(_online.ContainsKey(userId));

    public Task<int> CountOnlineAsync() => Task.FromResult(_online.Count);
}
