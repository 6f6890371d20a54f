namespace SanguoOrleans.Grains.Ladder.Ratings;

/// <summary>A player's skill belief in OpenSkill's form: a mean and its uncertainty.</summary>
internal readonly record struct SkillRating(double Mu, double Sigma)
{
    /// <summary>The conservative estimate players see and leaderboards sort by: μ − 3σ (OpenSkill's ordinal).</summary>
    public double Ordinal => Mu - 3 * Sigma;
}
