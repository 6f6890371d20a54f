using SanguoOrleans.Grains.Interfaces.Ladder.Ratings;

namespace SanguoOrleans.Grains.Ladder.Ratings;

/// <summary>
/// The soft reset at a new season: the mean is pulled toward a new player's, σ widens so the first games of the
/// season move the rating faster, the tier drops and the stars start again. Applied once however many seasons passed.
/// </summary>
internal static class SeasonReset
{
    public static void Apply(LadderPlayerState state, int season, LadderOptions options, OpenSkillParameters model)
    {
        var widened = Math.Sqrt(state.Sigma * state.Sigma + options.SeasonSigmaWidening * options.SeasonSigmaWidening);
        state.Mu += (model.Mu - state.Mu) * options.SeasonPullToMean;
        state.Sigma = Math.Min(model.Sigma, widened);
        state.Tier = (LadderTier)Math.Max((int)LadderTier.Bronze, (int)state.Tier - options.SeasonTierDrop);
        state.Stars = 0;
        state.Played = 0;
        state.Won = 0;
        state.Escapes = 0;
        state.Season = season;
    }
}
