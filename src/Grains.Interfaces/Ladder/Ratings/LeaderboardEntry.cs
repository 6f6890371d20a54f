namespace SanguoOrleans.Grains.Interfaces.Ladder.Ratings;

/// <summary>One player's line on a leaderboard.</summary>
[GenerateSerializer, Immutable, Alias("sanguo.LeaderboardEntry")]
public sealed record LeaderboardEntry(Guid UserId, double DisplayRating, LadderTier Tier, int Stars, int Played);
