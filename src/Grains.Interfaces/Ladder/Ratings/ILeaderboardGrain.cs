namespace SanguoOrleans.Grains.Interfaces.Ladder.Ratings;

/// <summary>
/// One ladder's leaderboard for one season (key <see cref="LadderIds.LeaderboardKey"/>), fed by every rating change:
/// the top players one by one, and everyone else as a histogram of display ratings.
/// </summary>
public interface ILeaderboardGrain : IGrainWithStringKey
{
    /// <summary>Records a player's new line; <paramref name="previousRating"/> is the rating it replaces (null for a first entry).</summary>
    Task ReportAsync(LeaderboardEntry entry, double? previousRating);

    /// <summary>The best <paramref name="count"/> players (at most 100), best first.</summary>
    Task<IReadOnlyList<LeaderboardEntry>> GetTopAsync(int count);

    /// <summary>Where <paramref name="userId"/> with <paramref name="displayRating"/> ranks.</summary>
    Task<LeaderboardRank> GetRankAsync(Guid userId, double displayRating);
}
