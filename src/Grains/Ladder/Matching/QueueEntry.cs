namespace SanguoOrleans.Grains.Ladder.Matching;

/// <summary>A queued ticket and its place in its rating pool (whose arrays hold the links between free entries).</summary>
internal sealed class QueueEntry(MatchTicket ticket)
{
    public MatchTicket Ticket { get; } = ticket;

    /// <summary>The ticket's rating, kept beside the links: sorts and sweeps read it without another hop.</summary>
    public double Rating { get; } = ticket.Rating;

    /// <summary>The ticket's id (arrival order).</summary>
    public long Id { get; } = ticket.Id;

    /// <summary>When the ticket entered the queue.</summary>
    public TimeSpan EnqueuedAt { get; } = ticket.EnqueuedAt;

    /// <summary>The ticket's size.</summary>
    public int Size { get; } = ticket.Size;

    /// <summary>Left the queue (matched, expired, or withdrawn); dropped at the next rebuild.</summary>
    public bool Gone { get; set; }

    /// <summary>Index in its pool's rating order.</summary>
    public int Position { get; set; }
}
