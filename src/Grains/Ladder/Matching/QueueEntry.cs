namespace SanguoOrleans.Grains.Ladder.Matching;

/// <summary>
/// A queued ticket's place in its rating pool. <see cref="Previous"/> and <see cref="Next"/> link the entries still
/// free in this tick; an entry taken out keeps the links it had, which still lead to free neighbours further out.
/// </summary>
internal sealed class QueueEntry(MatchTicket ticket)
{
    public MatchTicket Ticket { get; } = ticket;

    /// <summary>Left the queue (matched, expired, or withdrawn); dropped at the next rebuild.</summary>
    public bool Gone { get; set; }

    /// <summary>Index in its pool's rating order.</summary>
    public int Position { get; set; }

    /// <summary>Position of the next lower-rated free entry, or -1.</summary>
    public int Previous { get; set; }

    /// <summary>Position of the next higher-rated free entry, or -1.</summary>
    public int Next { get; set; }
}
