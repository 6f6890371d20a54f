using SanguoOrleans.Grains.Interfaces.Ladder.Ratings;

namespace SanguoOrleans.Grains.Ladder.Ratings;

/// <summary>
/// The visible level: a tier and stars. A win adds a star, and the win that fills a tier's last star moves up a tier
/// with no stars. A loss (an escape counts as one) takes a star, and a loss with no stars moves down a tier with all
/// but one of its stars. 青铜 is the floor: losses there cost nothing, escapes still cost a star. 王者 has no cap.
/// A draw changes nothing. The level only shows progress; matchmaking and leaderboards use the rating.
/// </summary>
internal static class LadderLevels
{
    /// <summary>Stars that fill a tier (王者: no limit).</summary>
    public static int StarsIn(LadderTier tier) => tier switch
    {
        LadderTier.Bronze or LadderTier.Silver => 3,
        LadderTier.Gold or LadderTier.Platinum => 4,
        LadderTier.Diamond => 5,
        _ => int.MaxValue,
    };

    public static (LadderTier Tier, int Stars) After(LadderTier tier, int stars, LadderOutcome outcome, bool escaped) =>
        escaped ? Lose(tier, stars, escaped: true)
        : outcome switch
        {
            LadderOutcome.Won => Win(tier, stars),
            LadderOutcome.Lost => Lose(tier, stars, escaped: false),
            _ => (tier, stars),
        };

    private static (LadderTier, int) Win(LadderTier tier, int stars) =>
        stars + 1 >= StarsIn(tier) && tier < LadderTier.King ? (tier + 1, 0) : (tier, stars + 1);

    private static (LadderTier, int) Lose(LadderTier tier, int stars, bool escaped)
    {
        if (tier == LadderTier.Bronze)
        {
            return (tier, escaped ? Math.Max(0, stars - 1) : stars);
        }

        return stars > 0 ? (tier, stars - 1) : (tier - 1, StarsIn(tier - 1) - 1);
    }
}
