using SanguoOrleans.Game.Modes;
using SanguoOrleans.Grains.Ladder.Matching;

namespace SanguoOrleans.Grains.Ladder;

/// <summary>One ladder: how its matches are formed and which game its ranked tables play.</summary>
/// <param name="Name">The ladder's name (the queue grain's key).</param>
/// <param name="Rules">Match size, sides, premade teams, windows and waits.</param>
/// <param name="Mode">The game mode of its tables.</param>
internal sealed record LadderType(string Name, MatchingRules Rules, GameMode Mode)
{
    /// <summary>Seats at its tables: the match's seats, then AI in any seat the mode has beyond them.</summary>
    public int TableSeats => Math.Max(Rules.MatchSize, new GameSettings(Mode).PlayerCount);
}
