namespace SanguoOrleans.Grains.Ladder.Matching;

/// <summary>What one tick did: the matches it formed and the tickets that waited too long and left.</summary>
internal sealed record TickResult(IReadOnlyList<FormedMatch> Matches, IReadOnlyList<MatchTicket> Expired);
