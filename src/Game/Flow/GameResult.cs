using SanguoOrleans.Game.Modes;

namespace SanguoOrleans.Game.Flow;

/// <summary>Which side won.</summary>
public enum WinningSide
{
    /// <summary>Nobody: both piles ran out, or the round limit was reached.</summary>
    Draw,
    /// <summary>Lord and loyalists.</summary>
    Lord,
    /// <summary>Rebels.</summary>
    Rebels,
    /// <summary>A renegade, alone.</summary>
    Renegade,
    /// <summary>One side of a team mode: the result's winning seats.</summary>
    Team,
}

/// <summary>Final outcome of a game.</summary>
public sealed record GameResult(WinningSide Side, IReadOnlyList<int> WinningSeats, IReadOnlyList<Role> Roles, int Turns, int Rounds);
