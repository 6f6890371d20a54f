namespace SanguoOrleans.Grains.Ladder.Ratings;

/// <summary>
/// OpenSkill's default model: Weng and Lin (JMLR 12, 2011), Algorithm 4, the Plackett-Luce update, for any number
/// of teams of any size, with ties. Checked against the reference values of openskill.py and openskill.js.
/// </summary>
internal static class PlackettLuce
{
    /// <summary>
    /// Rates one game. <paramref name="ranks"/> give each team's place (lower is better, equal is a tie); null means
    /// the teams finished in the order given. Returns the new ratings in the shape of <paramref name="teams"/>.
    /// </summary>
    public static SkillRating[][] Rate(
        IReadOnlyList<IReadOnlyList<SkillRating>> teams,
        IReadOnlyList<double>? ranks,
        OpenSkillParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(teams);
        ArgumentNullException.ThrowIfNull(parameters);
        if (ranks is not null && ranks.Count != teams.Count)
        {
            throw new ArgumentException("One rank per team.", nameof(ranks));
        }

        var count = teams.Count;
        var tauSquared = parameters.Tau * parameters.Tau;
        var players = new SkillRating[count][];
        var teamMu = new double[count];
        var teamSigmaSquared = new double[count];
        for (var i = 0; i < count; i++)
        {
            players[i] = new SkillRating[teams[i].Count];
            for (var j = 0; j < teams[i].Count; j++)
            {
                var player = teams[i][j];
                var sigma = Math.Sqrt(player.Sigma * player.Sigma + tauSquared);
                players[i][j] = player with { Sigma = sigma };
                teamMu[i] += player.Mu;
                teamSigmaSquared[i] += sigma * sigma;
            }
        }

        if (count < 2)
        {
            return players;
        }

        double Rank(int team) => ranks?[team] ?? team;

        var c = 0.0;
        for (var i = 0; i < count; i++)
        {
            c += teamSigmaSquared[i] + parameters.Beta * parameters.Beta;
        }

        c = Math.Sqrt(c);
        var strength = new double[count];
        for (var i = 0; i < count; i++)
        {
            strength[i] = Math.Exp(teamMu[i] / c);
        }

        // sumQ[q]: the strength of every team placed at or below q; tied[q]: how many teams share q's place.
        var sumQ = new double[count];
        var tied = new int[count];
        for (var q = 0; q < count; q++)
        {
            for (var i = 0; i < count; i++)
            {
                if (Rank(i) >= Rank(q))
                {
                    sumQ[q] += strength[i];
                }

                if (Rank(i) == Rank(q))
                {
                    tied[q]++;
                }
            }
        }

        var rated = new SkillRating[count][];
        for (var i = 0; i < count; i++)
        {
            var omega = 0.0;
            var delta = 0.0;
            for (var q = 0; q < count; q++)
            {
                if (Rank(q) > Rank(i))
                {
                    continue;
                }

                var quotient = strength[i] / sumQ[q];
                omega += (i == q ? 1 - quotient : -quotient) / tied[q];
                delta += quotient * (1 - quotient) / tied[q];
            }

            var gamma = Math.Sqrt(teamSigmaSquared[i]) / c;
            omega *= teamSigmaSquared[i] / c;
            delta *= teamSigmaSquared[i] / (c * c) * gamma;
            rated[i] = new SkillRating[players[i].Length];
            for (var j = 0; j < players[i].Length; j++)
            {
                var player = players[i][j];
                var share = player.Sigma * player.Sigma / teamSigmaSquared[i];
                var sigma = player.Sigma * Math.Sqrt(Math.Max(1 - share * delta, parameters.Kappa));
                if (parameters.LimitSigma)
                {
                    sigma = Math.Min(sigma, teams[i][j].Sigma);
                }

                rated[i][j] = new SkillRating(player.Mu + share * omega, sigma);
            }
        }

        return rated;
    }
}
