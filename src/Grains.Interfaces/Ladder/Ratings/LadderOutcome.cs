namespace SanguoOrleans.Grains.Interfaces.Ladder.Ratings;

/// <summary>How one ranked game ended for one player.</summary>
public enum LadderOutcome
{
    /// <summary>The player's side won.</summary>
    Won,

    /// <summary>The player's side lost.</summary>
    Lost,

    /// <summary>Nobody won.</summary>
    Draw,
}
