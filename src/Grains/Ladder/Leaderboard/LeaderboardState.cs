using SanguoOrleans.Grains.Interfaces.Ladder.Ratings;

namespace SanguoOrleans.Grains.Ladder.Leaderboard;

/// <summary>A season's board: the best players one by one, and every player as a histogram of display ratings.</summary>
[GenerateSerializer, Alias("sanguo.LeaderboardState")]
internal sealed class LeaderboardState
{
    /// <summary>The best players, best first; never more than <see cref="LeaderboardBook.Kept"/>.</summary>
    [Id(0)] public List<LeaderboardEntry> Top { get; set; } = [];

    /// <summary>Every player outside <see cref="Top"/> rates at or below this (no one left it yet: no bound).</summary>
    [Id(1)] public double? Cutoff { get; set; }

    /// <summary>Players per rating bucket (<see cref="LeaderboardBook.BucketWidth"/> wide).</summary>
    [Id(2)] public Dictionary<int, int> Histogram { get; set; } = [];

    /// <summary>Players on the board.</summary>
    [Id(3)] public int Players { get; set; }
}
