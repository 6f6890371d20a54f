using SanguoOrleans.Grains.Interfaces.Ladder.Ratings;

namespace SanguoOrleans.Grains.Ladder.Leaderboard;

/// <summary>
/// The leaderboard's bookkeeping, in memory of the size of the top list and the histogram whatever the number of
/// players. The top list stays exact: a player enters it only when rating at least the best player outside it
/// (<see cref="LeaderboardState.Cutoff"/>), and a player who falls below that leaves it. Ranks inside the list are
/// exact; ranks below it are estimated from the histogram, to within the players of one bucket.
/// </summary>
internal static class LeaderboardBook
{
    /// <summary>Players kept one by one: twice the shown top 100, so players leaving it rarely shorten the shown part.</summary>
    public const int Kept = 200;

    /// <summary>The most entries a top request returns.</summary>
    public const int Shown = 100;

    /// <summary>Display-rating points per histogram bucket.</summary>
    public const double BucketWidth = 0.25;

    public static int Bucket(double rating) => (int)Math.Floor(rating / BucketWidth);

    public static void Report(LeaderboardState state, LeaderboardEntry entry, double? previousRating)
    {
        if (previousRating is { } previous && state.Histogram.TryGetValue(Bucket(previous), out var count) && count > 0)
        {
            state.Histogram[Bucket(previous)] = count - 1;
        }
        else
        {
            state.Players++;
        }

        state.Histogram[Bucket(entry.DisplayRating)] = state.Histogram.GetValueOrDefault(Bucket(entry.DisplayRating)) + 1;

        var at = state.Top.FindIndex(e => e.UserId == entry.UserId);
        if (at >= 0)
        {
            state.Top.RemoveAt(at);
        }

        if (state.Cutoff is { } cutoff && entry.DisplayRating < cutoff)
        {
            return;
        }

        var position = state.Top.FindIndex(e => e.DisplayRating < entry.DisplayRating);
        state.Top.Insert(position < 0 ? state.Top.Count : position, entry);
        if (state.Top.Count > Kept)
        {
            var dropped = state.Top[^1];
            state.Top.RemoveAt(state.Top.Count - 1);
            state.Cutoff = Math.Max(state.Cutoff ?? double.MinValue, dropped.DisplayRating);
        }
    }

    public static LeaderboardRank Rank(LeaderboardState state, Guid userId, double rating)
    {
        var players = Math.Max(state.Players, 1);
        var at = state.Top.FindIndex(e => e.UserId == userId);
        if (at >= 0)
        {
            return new LeaderboardRank(at + 1, true, Percentile(players, at), players);
        }

        var bucket = Bucket(rating);
        var above = state.Histogram.Where(b => b.Key > bucket).Sum(b => b.Value);

        // Half the others in the player's own bucket are taken to rate higher.
        var sameBucket = Math.Max(0, state.Histogram.GetValueOrDefault(bucket) - 1);
        var better = Math.Max(above + sameBucket / 2, state.Top.Count(e => e.DisplayRating > rating));
        return new LeaderboardRank(better + 1, false, Percentile(players, better), players);
    }

    private static double Percentile(int players, int better) => 100.0 * (players - better) / players;
}
