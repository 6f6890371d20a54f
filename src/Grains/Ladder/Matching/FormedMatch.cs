namespace SanguoOrleans.Grains.Ladder.Matching;

/// <summary>
/// A match the matcher formed: its tickets (taken out of the queue), its seats side by side (side 0's seats first),
/// and the rating spread between its tickets.
/// </summary>
internal sealed record FormedMatch(IReadOnlyList<MatchTicket> Tickets, IReadOnlyList<MatchSeat> Seats, double Spread)
{
    /// <summary>Seats played by AI.</summary>
    public int AiSeats => Seats.Count(s => s.User is null);

    /// <summary>The human players.</summary>
    public IEnumerable<Guid> Players => Tickets.SelectMany(t => t.Members);
}
