using SanguoOrleans.Grains.Interfaces.Ladder.Ratings;
using SanguoOrleans.Grains.Ladder.Leaderboard;

namespace SanguoOrleans.Grains.Tests.Ladder.Ratings;

public sealed class LeaderboardBookTests
{
    private static LeaderboardEntry Entry(Guid user, double rating) => new(user, rating, LadderTier.Bronze, 0, 1);

    [Fact]
    public void The_kept_top_is_exactly_the_best_players_and_ranks_below_it_are_close()
    {
        var state = new LeaderboardState();
        var random = new Random(7);
        var ratings = new Dictionary<Guid, double>();
        for (var i = 0; i < 1000; i++)
        {
            var user = Guid.NewGuid();
            ratings[user] = random.NextDouble() * 60 - 10;
            LeaderboardBook.Report(state, Entry(user, ratings[user]), null);
        }

        // Everyone plays again: some climb into the top, some of the top fall out of it.
        foreach (var user in ratings.Keys.ToList())
        {
            var previous = ratings[user];
            ratings[user] = previous + random.NextDouble() * 20 - 10;
            LeaderboardBook.Report(state, Entry(user, ratings[user]), previous);
        }

        var best = ratings.OrderByDescending(r => r.Value).Select(r => r.Key).ToList();
        Assert.Equal(1000, state.Players);
        Assert.True(state.Top.Count >= LeaderboardBook.Shown);
        Assert.Equal(best.Take(state.Top.Count), state.Top.Select(e => e.UserId));

        var outsider = best[600];
        var rank = LeaderboardBook.Rank(state, outsider, ratings[outsider]);
        Assert.False(rank.Exact);
        Assert.InRange(rank.Rank, 601 - 10, 601 + 10);
        Assert.InRange(rank.Percentile, 39, 41);

        var first = LeaderboardBook.Rank(state, best[0], ratings[best[0]]);
        Assert.Equal((1, true), (first.Rank, first.Exact));
    }

    [Fact]
    public void A_top_player_who_falls_below_the_best_outsider_leaves_the_top()
    {
        var state = new LeaderboardState();
        var users = Enumerable.Range(0, LeaderboardBook.Kept + 1).Select(_ => Guid.NewGuid()).ToList();
        for (var i = 0; i < users.Count; i++)
        {
            LeaderboardBook.Report(state, Entry(users[i], 100 - i), null);
        }

        // users[^1] (rating 100 - Kept) was dropped from the kept list; the leader now falls below it.
        LeaderboardBook.Report(state, Entry(users[0], 100 - LeaderboardBook.Kept - 5), 100);

        Assert.DoesNotContain(state.Top, e => e.UserId == users[0]);
        Assert.Equal(users[1], state.Top[0].UserId);
        Assert.False(LeaderboardBook.Rank(state, users[0], 100 - LeaderboardBook.Kept - 5).Exact);
    }
}
