namespace SanguoOrleans.Grains.Ladder.Ratings;

/// <summary>The ladder's penalties and season reset, bound from the "Ladder" configuration section.</summary>
public sealed class LadderOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Ladder";

    /// <summary>How long the ladder queue refuses a player after an escape, counted from the table's result.</summary>
    public TimeSpan EscapeCooldown { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Taken from the rating's mean on top of the loss an escape counts as.</summary>
    public double EscapeRatingPenalty { get; set; } = 1.0;

    /// <summary>At a new season the mean moves this share of the way back to a new player's mean (0 = kept, 1 = reset).</summary>
    public double SeasonPullToMean { get; set; } = 0.5;

    /// <summary>At a new season σ grows by this (added in quadrature), never above a new player's σ.</summary>
    public double SeasonSigmaWidening { get; set; } = 25.0 / 6;

    /// <summary>At a new season the tier drops by this many (not below the floor), with no stars.</summary>
    public int SeasonTierDrop { get; set; } = 2;
}
