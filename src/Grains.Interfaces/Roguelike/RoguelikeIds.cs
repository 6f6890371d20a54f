namespace SanguoOrleans.Grains.Interfaces.Roguelike;

/// <summary>Keys of the 山河图 grains and the ids derived from them.</summary>
public static class RoguelikeIds
{
    /// <summary>The grain type of <see cref="IRoguelikeActGrain"/>.</summary>
    public const string ActGrainType = "roguelike-act";

    /// <summary>The key of a user's act grain; prefixed so it never reads as a number.</summary>
    public static string ActKey(Guid user) => $"u{user:N}";

    /// <summary>The act grain of <paramref name="user"/>.</summary>
    public static IRoguelikeActGrain Act(IGrainFactory grains, Guid user)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<IRoguelikeActGrain>(ActKey(user));
    }

    /// <summary>The user whose act grain has key <paramref name="key"/>.</summary>
    public static Guid UserOf(string key) => Guid.ParseExact(key.AsSpan(1), "N");

    /// <summary>The listener key battle tables report to: the user's act grain.</summary>
    public static string ResultListenerKey(Guid user) => $"{ActGrainType}/{ActKey(user)}";

    /// <summary>The wallet operation id of a node's reward: the same on every retry, so it is paid once.</summary>
    public static string RewardOperationId(Guid user, int run, int node) => $"roguelike:{user:N}:{run}:{node}";

    /// <summary>The wallet operation id of the purchase at a shop node: one per shop, so a retried purchase is charged once.</summary>
    public static string ShopOperationId(Guid user, int run, int node) => $"roguelike-shop:{user:N}:{run}:{node}";
}
