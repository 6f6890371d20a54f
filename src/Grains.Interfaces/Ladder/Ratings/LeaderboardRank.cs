namespace SanguoOrleans.Grains.Interfaces.Ladder.Ratings;

/// <summary>Where one display rating places on a leaderboard.</summary>
/// <param name="Rank">1 = first. Exact when <paramref name="Exact"/>, else estimated from the rating histogram.</param>
/// <param name="Exact">Whether the player is among the entries the board keeps one by one (the top).</param>
/// <param name="Percentile">Share of ranked players at or below this rating, 0 to 100.</param>
/// <param name="Players">Players on the board this season.</param>
[GenerateSerializer, Immutable, Alias("sanguo.LeaderboardRank")]
public sealed record LeaderboardRank(int Rank, bool Exact, double Percentile, int Players);
