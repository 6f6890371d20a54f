namespace SanguoOrleans.Grains.Ladder.Matching;

/// <summary>
/// A ladder queue's matching, as plain deterministic code: the caller passes the time. Each tick takes tickets
/// oldest first; around each it gathers the nearest free tickets by rating (one sorted pool per ticket size, walked
/// outwards from the ticket) while the spread stays within the oldest ticket's window. O(n · match size) per tick
/// after an O(n) merge of the newcomers: no pairwise comparison of the whole queue.
/// </summary>
internal sealed class LadderMatcher
{
    private readonly MatchingRules _rules;
    private readonly RatingPool[] _pools;
    private readonly Dictionary<long, QueueEntry> _live = [];
    private readonly List<QueueEntry> _incoming = [];
    private List<QueueEntry> _byArrival = [];
    private List<QueueEntry> _spareArrival = [];

    public LadderMatcher(MatchingRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(rules));
        }

        _rules = rules;
        _pools = [.. Enumerable.Range(0, rules.MaxPartySize).Select(_ => new RatingPool())];
    }

    /// <summary>The rules matches are formed by.</summary>
    public MatchingRules Rules => _rules;

    /// <summary>Tickets waiting.</summary>
    public int Count => _live.Count;

    /// <summary>Whether the ticket is waiting.</summary>
    public bool Contains(long ticketId) => _live.ContainsKey(ticketId);

    /// <summary>
    /// Queues a ticket; one put back after a failed match keeps its id and time and so its place. False when its id
    /// is already waiting or its size does not fit a side.
    /// </summary>
    public bool Add(MatchTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (ticket.Size < 1 || ticket.Size > _rules.MaxPartySize || _live.ContainsKey(ticket.Id))
        {
            return false;
        }

        var entry = new QueueEntry(ticket);
        _live.Add(ticket.Id, entry);
        _incoming.Add(entry);
        _pools[ticket.Size - 1].Add(entry);
        return true;
    }

    /// <summary>Takes a waiting ticket out; false when it is not waiting.</summary>
    public bool Remove(long ticketId)
    {
        if (!_live.Remove(ticketId, out var entry))
        {
            return false;
        }

        entry.Gone = true;
        return true;
    }

    /// <summary>Forms every match the rules allow at <paramref name="now"/> and drops tickets that waited too long.</summary>
    public TickResult Tick(TimeSpan now)
    {
        Rebuild();
        var matches = new List<FormedMatch>();
        var expired = new List<MatchTicket>();
        var picks = new List<QueueEntry>(_rules.MatchSize);
        foreach (var anchor in _byArrival)
        {
            if (anchor.Gone)
            {
                continue;
            }

            var wait = now - anchor.EnqueuedAt;
            if (wait >= _rules.MaxWait)
            {
                Take(anchor);
                expired.Add(anchor.Ticket);
                continue;
            }

            picks.Clear();
            picks.Add(anchor);
            var band = _rules.Band(wait);
            var full = Gather(anchor, _rules.Window(wait), band != WaitBand.Strict, picks);
            if ((full || band == WaitBand.TimedOut) && Form(picks) is { } match)
            {
                matches.Add(match);
            }
        }

        return new TickResult(matches, expired);
    }

    private void Rebuild()
    {
        foreach (var pool in _pools)
        {
            pool.Rebuild();
        }

        _incoming.RemoveAll(static e => e.Gone);
        EntryOrder.Sort(_incoming, default(EntryOrder.ByArrival));
        var merged = _spareArrival;
        merged.Clear();
        int i = 0, j = 0;
        while (i < _byArrival.Count || j < _incoming.Count)
        {
            if (i < _byArrival.Count && _byArrival[i].Gone)
            {
                i++;
                continue;
            }

            var takeOld = j >= _incoming.Count || (i < _byArrival.Count && _byArrival[i].Id < _incoming[j].Id);
            merged.Add(takeOld ? _byArrival[i++] : _incoming[j++]);
        }

        _incoming.Clear();
        (_spareArrival, _byArrival) = (_byArrival, merged);
    }

    /// <summary>
    /// Adds the free tickets nearest to the anchor while the spread stays within <paramref name="window"/>; true when
    /// they fill the match. Each step takes, among the nearest candidate below and above in every allowed pool, the one
    /// that widens the spread least: any ticket further out would widen it more.
    /// </summary>
    private bool Gather(QueueEntry anchor, double window, bool anySize, List<QueueEntry> picks)
    {
        var rating = anchor.Rating;
        var need = _rules.MatchSize - anchor.Size;
        double low = rating, high = rating;
        Span<int> below = stackalloc int[_pools.Length];
        Span<int> above = stackalloc int[_pools.Length];
        for (var p = 0; p < _pools.Length; p++)
        {
            var pool = _pools[p];
            if (p == anchor.Size - 1)
            {
                below[p] = pool.Below(anchor.Position);
                above[p] = pool.Above(anchor.Position);
            }
            else if (anySize)
            {
                var at = pool.LowerBound(rating);
                below[p] = pool.FreeAtOrBefore(at - 1);
                above[p] = pool.FreeAtOrAfter(at);
            }
            else
            {
                below[p] = above[p] = -1;
            }
        }

        while (need > 0)
        {
            var bestPool = -1;
            var bestUp = false;
            var bestSpread = double.MaxValue;
            for (var p = 0; p < _pools.Length && p < need; p++)
            {
                if (below[p] >= 0 && high - Math.Min(low, _pools[p].RatingAt(below[p])) is var down && down < bestSpread)
                {
                    (bestPool, bestUp, bestSpread) = (p, false, down);
                }

                if (above[p] >= 0 && Math.Max(high, _pools[p].RatingAt(above[p])) - low is var up && up < bestSpread)
                {
                    (bestPool, bestUp, bestSpread) = (p, true, up);
                }
            }

            if (bestPool < 0 || bestSpread > window)
            {
                return false;
            }

            var pool = _pools[bestPool];
            var pick = pool[bestUp ? above[bestPool] : below[bestPool]];
            picks.Add(pick);
            need -= pick.Size;
            low = Math.Min(low, pick.Rating);
            high = Math.Max(high, pick.Rating);
            if (bestUp)
            {
                above[bestPool] = pool.Above(pick.Position);
            }
            else
            {
                below[bestPool] = pool.Below(pick.Position);
            }
        }

        return true;
    }

    private FormedMatch? Form(List<QueueEntry> picks)
    {
        var tickets = new MatchTicket[picks.Count];
        double low = double.MaxValue, high = double.MinValue;
        for (var i = 0; i < tickets.Length; i++)
        {
            var ticket = tickets[i] = picks[i].Ticket;
            low = Math.Min(low, ticket.Rating);
            high = Math.Max(high, ticket.Rating);
        }

        if (SideAssignment.Seat(tickets, _rules) is not { } seats)
        {
            return null;
        }

        foreach (var pick in picks)
        {
            Take(pick);
        }

        return new FormedMatch(tickets, seats, high - low);
    }

    private void Take(QueueEntry entry)
    {
        _pools[entry.Size - 1].Unlink(entry);
        _live.Remove(entry.Id);
    }
}
