namespace SanguoOrleans.Grains.Interfaces.Presence;

/// <summary>Spreads users over presence grains so that no single activation carries every login.</summary>
public static class PresenceShards
{
    /// <summary>The number of presence grains.</summary>
    public const int Count = 16;

    /// <summary>The presence grain key that holds <paramref name="userId"/>.</summary>
    public static long Of(Guid userId) => (uint)userId.GetHashCode() % Count;
}
