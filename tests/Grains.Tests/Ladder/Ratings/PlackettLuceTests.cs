using SanguoOrleans.Grains.Ladder.Ratings;

namespace SanguoOrleans.Grains.Tests.Ladder.Ratings;

/// <summary>The Plackett-Luce update against the reference values published with openskill.py and openskill.js.</summary>
public sealed class PlackettLuceTests
{
    // openskill.js src/models/__tests__/plackett-luce.test.ts calls the model itself: no τ.
    private static readonly OpenSkillParameters WithoutTau = OpenSkillParameters.Default with { Tau = 0 };

    // openskill.py tests/models/weng_lin/test_plackett_luce.py builds PlackettLuce(mu, sigma) from
    // tests/models/data/plackettluce.json; β, κ and τ keep their defaults.
    private static readonly OpenSkillParameters PythonModel = OpenSkillParameters.Default with { Mu = 20.35125162611535, Sigma = 8.33148112355601 };

    private static SkillRating[] Team(OpenSkillParameters model, int size) => Enumerable.Repeat(model.Initial, size).ToArray();

    private static void AssertTeam(SkillRating[] team, double mu, double sigma, double tolerance)
    {
        foreach (var player in team)
        {
            Assert.Equal(mu, player.Mu, tolerance);
            Assert.Equal(sigma, player.Sigma, tolerance);
        }
    }

    [Fact]
    public void Two_player_free_for_all_matches_openskill_js()
    {
        var rated = PlackettLuce.Rate([Team(WithoutTau, 1), Team(WithoutTau, 1)], null, WithoutTau);

        AssertTeam(rated[0], 27.63523138347365, 8.065506316323548, 1e-12);
        AssertTeam(rated[1], 22.36476861652635, 8.065506316323548, 1e-12);
    }

    [Fact]
    public void Five_player_free_for_all_matches_openskill_js()
    {
        var rated = PlackettLuce.Rate([.. Enumerable.Range(0, 5).Select(_ => Team(WithoutTau, 1))], null, WithoutTau);

        AssertTeam(rated[0], 27.666666666666668, 8.290556877154474, 1e-12);
        AssertTeam(rated[1], 26.833333333333332, 8.240145629781066, 1e-12);
        AssertTeam(rated[2], 25.72222222222222, 8.179996679645559, 1e-12);
        AssertTeam(rated[3], 24.055555555555557, 8.111796013701358, 1e-12);
        AssertTeam(rated[4], 20.72222222222222, 8.111796013701358, 1e-12);
    }

    [Fact]
    public void Teams_of_different_sizes_match_openskill_js()
    {
        var rated = PlackettLuce.Rate([Team(WithoutTau, 3), Team(WithoutTau, 1), Team(WithoutTau, 2)], null, WithoutTau);

        AssertTeam(rated[0], 25.939870821784513, 8.247641552260456, 1e-12);
        AssertTeam(rated[1], 27.21366020491262, 8.274321317985242, 1e-12);
        AssertTeam(rated[2], 21.84646897330287, 8.213058173195341, 1e-12);
    }

    [Fact]
    public void One_against_two_matches_openskill_py()
    {
        var rated = PlackettLuce.Rate([Team(PythonModel, 1), Team(PythonModel, 2)], null, PythonModel);

        AssertTeam(rated[0], 23.855123082692877, 8.22447878583752, 1e-9);
        AssertTeam(rated[1], 16.84738016953782, 8.179571171464575, 1e-9);
    }

    [Fact]
    public void Ranks_out_of_order_match_openskill_py()
    {
        var teams = new[] { Team(PythonModel, 1), Team(PythonModel, 2), Team(PythonModel, 1), Team(PythonModel, 2) };

        var rated = PlackettLuce.Rate(teams, [2, 1, 4, 3], PythonModel);

        AssertTeam(rated[0], 22.35555943890167, 8.265434830225024, 1e-9);
        AssertTeam(rated[1], 22.373451456616035, 8.258479912445537, 1e-9);
        AssertTeam(rated[2], 18.311159777900297, 8.219170401234347, 1e-9);
        AssertTeam(rated[3], 18.364835831043397, 8.112716571808326, 1e-9);
    }

    [Fact]
    public void Ties_match_openskill_py()
    {
        var rated = PlackettLuce.Rate([Team(PythonModel, 1), Team(PythonModel, 2), Team(PythonModel, 3)], [1, 2, 1], PythonModel);

        AssertTeam(rated[0], 21.63766806988004, 8.310709773172306, 1e-9);
        AssertTeam(rated[1], 19.53956360838512, 8.268148437657915, 1e-9);
        AssertTeam(rated[2], 19.87652320008089, 8.237522411103104, 1e-9);
    }

    [Fact]
    public void Limited_sigma_matches_openskill_py()
    {
        var model = PythonModel with { LimitSigma = true };

        var rated = PlackettLuce.Rate([Team(model, 1), Team(model, 2), Team(model, 3)], [2, 1, 3], model);

        AssertTeam(rated[0], 22.81664991565251, 8.28331609373364, 1e-9);
        AssertTeam(rated[1], 22.74645120129216, 8.268148437657915, 1e-9);
        AssertTeam(rated[2], 15.49065376140138, 8.18959307104567, 1e-9);
    }

    [Fact]
    public void A_tie_between_equals_leaves_the_means_alone_and_narrows_sigma()
    {
        var rated = PlackettLuce.Rate([Team(WithoutTau, 1), Team(WithoutTau, 1)], [1, 1], WithoutTau);

        Assert.Equal(25, rated[0][0].Mu, 1e-12);
        Assert.Equal(25, rated[1][0].Mu, 1e-12);
        Assert.True(rated[0][0].Sigma < WithoutTau.Sigma);
    }
}
