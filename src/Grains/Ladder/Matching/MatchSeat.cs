namespace SanguoOrleans.Grains.Ladder.Matching;

/// <summary>One seat of a formed match: its side, its player (null = AI) and the rating it plays at.</summary>
internal readonly record struct MatchSeat(int Side, Guid? User, double Rating);
