namespace SanguoOrleans.Grains.Ladder.Matching;

/// <summary>
/// One queue entry: a single player or a premade team. <paramref name="Id"/> is the arrival order (lower = earlier);
/// a ticket put back after a failed match keeps its id and its <paramref name="EnqueuedAt"/>, so it keeps its place.
/// </summary>
/// <param name="Id">Arrival sequence, unique in the queue.</param>
/// <param name="Members">The players, in the order the team was formed.</param>
/// <param name="Rating">The ticket's rating (a team's is its members' average).</param>
/// <param name="EnqueuedAt">When it entered the queue, on the matcher's clock.</param>
internal sealed record MatchTicket(long Id, IReadOnlyList<Guid> Members, double Rating, TimeSpan EnqueuedAt)
{
    /// <summary>Seats the ticket takes.</summary>
    public int Size => Members.Count;

    /// <summary>How long it has waited at <paramref name="now"/>.</summary>
    public TimeSpan WaitAt(TimeSpan now) => now - EnqueuedAt;
}
