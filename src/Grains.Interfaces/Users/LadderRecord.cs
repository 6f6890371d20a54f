namespace SanguoOrleans.Grains.Interfaces.Users;

/// <summary>A user's standing on one ladder: the hidden rating and the visible tier and stars.</summary>
[GenerateSerializer, Immutable, Alias("sanguo.LadderRecord")]
public sealed record LadderRecord(double Mu, double Sigma, int Tier, int Stars, int Season, int Played)
{
    /// <summary>A user who has not played ranked yet (OpenSkill's defaults).</summary>
    public static LadderRecord Unranked { get; } = new(25.0, 25.0 / 3, 0, 0, 0, 0);
}
