using SanguoOrleans.Grains.Interfaces.Ladder.Ratings;
using SanguoOrleans.Grains.Ladder.Ratings;

namespace SanguoOrleans.Grains.Tests.Ladder.Ratings;

public sealed class SeasonResetTests
{
    [Fact]
    public void A_new_season_pulls_the_mean_halfway_widens_sigma_drops_two_tiers_and_clears_the_season_counts()
    {
        var state = new LadderPlayerState { Season = 3, Mu = 35, Sigma = 3, Tier = LadderTier.Diamond, Stars = 4, Played = 50, Won = 30, Escapes = 2 };

        SeasonReset.Apply(state, 4, new LadderOptions(), OpenSkillParameters.Default);

        Assert.Equal(4, state.Season);
        Assert.Equal(30, state.Mu, 1e-12);
        Assert.Equal(Math.Sqrt(9 + 25.0 / 6 * 25.0 / 6), state.Sigma, 1e-12);
        Assert.Equal((LadderTier.Gold, 0), (state.Tier, state.Stars));
        Assert.Equal((0, 0, 0), (state.Played, state.Won, state.Escapes));
    }

    [Fact]
    public void Sigma_never_widens_past_a_new_players_and_the_tier_never_below_the_floor()
    {
        var state = new LadderPlayerState { Season = 1, Mu = 20, Sigma = 8, Tier = LadderTier.Silver, Stars = 2 };

        SeasonReset.Apply(state, 2, new LadderOptions(), OpenSkillParameters.Default);

        Assert.Equal(25.0 / 3, state.Sigma, 1e-12);
        Assert.Equal(LadderTier.Bronze, state.Tier);
        Assert.Equal(22.5, state.Mu, 1e-12);
    }
}
