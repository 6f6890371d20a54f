namespace SanguoOrleans.Grains.Interfaces.Users;

/// <summary>
/// A user's standing on the ladder last played: the rating and the visible tier (a <c>LadderTier</c>) and stars.
/// A copy for the profile; each ladder's own record is its <c>ILadderPlayerGrain</c>.
/// </summary>
[GenerateSerializer, Immutable, Alias("sanguo.LadderRecord")]
public sealed record LadderRecord(double Mu, double Sigma, int Tier, int Stars, int Season, int Played, string LadderId = "")
{
    /// <summary>A user who has not played ranked yet (OpenSkill's defaults).</summary>
    public static LadderRecord Unranked { get; } = new(25.0, 25.0 / 3, 0, 0, 0, 0);
}
