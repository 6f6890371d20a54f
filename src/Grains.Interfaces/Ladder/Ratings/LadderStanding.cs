namespace SanguoOrleans.Grains.Interfaces.Ladder.Ratings;

/// <summary>A player's standing on one ladder in the current season.</summary>
/// <param name="LadderId">The ladder.</param>
/// <param name="UserId">The player.</param>
/// <param name="Season">The season the standing belongs to.</param>
/// <param name="Mu">The rating's mean.</param>
/// <param name="Sigma">The rating's uncertainty.</param>
/// <param name="Tier">The visible tier.</param>
/// <param name="Stars">Stars within the tier.</param>
/// <param name="Played">Ranked games this season.</param>
/// <param name="Won">Ranked wins this season.</param>
/// <param name="Escapes">Ranked games left early this season.</param>
/// <param name="CooldownUntil">The ladder queue refuses the player until then (after an escape); null = free.</param>
[GenerateSerializer, Immutable, Alias("sanguo.LadderStanding")]
public sealed record LadderStanding(
    string LadderId,
    Guid UserId,
    int Season,
    double Mu,
    double Sigma,
    LadderTier Tier,
    int Stars,
    int Played,
    int Won,
    int Escapes,
    DateTimeOffset? CooldownUntil)
{
    /// <summary>The rating players see and leaderboards sort by: μ − 3σ (OpenSkill's ordinal).</summary>
    public double DisplayRating => Mu - 3 * Sigma;
}
