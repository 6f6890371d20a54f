using SanguoOrleans.Game.Flow;
using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Grains.Ladder.Ratings;

/// <summary>
/// Turns a finished ranked game into a rating update. Identity ladders rate every seat as a team of one, ranked by
/// side: the winning side's players share first place, the other players who stayed share second, and escaped
/// players share last; in a draw everyone who stayed shares first. Team ladders (doubles) rate the pairs, seats
/// grouped by role, the winning pair first. AI seats play at a new player's rating, which never changes.
/// </summary>
internal static class LadderMatch
{
    private const double First = 1;
    private const double Second = 2;
    private const double Last = 3;

    /// <summary>The new ratings of the human seats, by seat.</summary>
    public static IReadOnlyDictionary<int, SkillRating> Rate(
        bool ratesTeams,
        GameResult result,
        IReadOnlyList<SeatInfo> seats,
        IReadOnlyDictionary<int, SkillRating> before,
        OpenSkillParameters model)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(seats);
        ArgumentNullException.ThrowIfNull(before);
        var teams = ratesTeams
            ? Enumerable.Range(0, seats.Count).GroupBy(seat => result.Roles[seat]).Select(g => g.ToArray()).ToArray()
            : Enumerable.Range(0, seats.Count).Select(seat => new[] { seat }).ToArray();
        var ranks = teams.Select(team => TeamRank(team, result, seats, ratesTeams)).ToArray();
        var ratings = teams.Select(team => (IReadOnlyList<SkillRating>)[.. team.Select(seat => before.GetValueOrDefault(seat, model.Initial))]).ToArray();
        var rated = PlackettLuce.Rate(ratings, ranks, model);
        var after = new Dictionary<int, SkillRating>();
        for (var t = 0; t < teams.Length; t++)
        {
            for (var p = 0; p < teams[t].Length; p++)
            {
                if (before.ContainsKey(teams[t][p]))
                {
                    after[teams[t][p]] = rated[t][p];
                }
            }
        }

        return after;
    }

    private static double TeamRank(int[] team, GameResult result, IReadOnlyList<SeatInfo> seats, bool ratesTeams)
    {
        var won = result.Side != WinningSide.Draw && team.All(result.WinningSeats.Contains);
        var draw = result.Side == WinningSide.Draw;

        // A pair's place is its side's; its escaped player pays the escape penalty alone.
        if (!ratesTeams && seats[team[0]].Escaped)
        {
            return draw ? Second : Last;
        }

        return won || draw ? First : Second;
    }
}
