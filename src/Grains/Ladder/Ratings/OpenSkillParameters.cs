namespace SanguoOrleans.Grains.Ladder.Ratings;

/// <summary>
/// The Weng-Lin model's parameters, named as in openskill.py and openskill.js, with their defaults:
/// μ 25, σ 25/3, β 25/6, κ 0.0001, τ 25/300, sigma not limited.
/// </summary>
/// <param name="Mu">A new player's mean.</param>
/// <param name="Sigma">A new player's uncertainty.</param>
/// <param name="Beta">Performance noise: how much one game can say about skill.</param>
/// <param name="Kappa">Floor of the variance shrink factor, so σ never collapses to zero.</param>
/// <param name="Tau">Added to every σ before a game, so ratings of regular players keep moving.</param>
/// <param name="LimitSigma">Never let a game raise σ (τ can otherwise make a win lower the ordinal).</param>
internal sealed record OpenSkillParameters(
    double Mu = 25.0,
    double Sigma = 25.0 / 3,
    double Beta = 25.0 / 6,
    double Kappa = 0.0001,
    double Tau = 25.0 / 300,
    bool LimitSigma = false)
{
    /// <summary>The published defaults.</summary>
    public static OpenSkillParameters Default { get; } = new();

    /// <summary>A new player's rating.</summary>
    public SkillRating Initial => new(Mu, Sigma);
}
