namespace SanguoOrleans.Grains.Interfaces.Ladder.Ratings;

/// <summary>One player's line on a leaderboard; <paramref name="Nickname"/> as it was at the player's last result, null before one was chosen.</summary>
[GenerateSerializer, Immutable, Alias("sanguo.LeaderboardEntry")]
public sealed record LeaderboardEntry(Guid UserId, double DisplayRating, LadderTier Tier, int Stars, int Played, string? Nickname = null);
