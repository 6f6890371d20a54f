namespace SanguoOrleans.Grains.Ladder.Matching;

/// <summary>
/// The queued tickets of one size, in rating order (ties by arrival), linked so that a sweep skips taken entries in
/// constant time. Rebuilt once per tick by merging the sorted newcomers into the surviving entries: O(n), no re-sort.
/// </summary>
internal sealed class RatingPool
{
    private static readonly Comparison<QueueEntry> ByRating = static (a, b) =>
    {
        var c = a.Ticket.Rating.CompareTo(b.Ticket.Rating);
        return c != 0 ? c : a.Ticket.Id.CompareTo(b.Ticket.Id);
    };

    private List<QueueEntry> _entries = [];
    private readonly List<QueueEntry> _incoming = [];

    public int Count => _entries.Count;

    public QueueEntry this[int position] => _entries[position];

    public void Add(QueueEntry entry) => _incoming.Add(entry);

    /// <summary>Drops gone entries, merges the newcomers, and links every entry to its neighbours.</summary>
    public void Rebuild()
    {
        _incoming.RemoveAll(static e => e.Gone);
        _incoming.Sort(ByRating);
        var merged = new List<QueueEntry>(_entries.Count + _incoming.Count);
        int i = 0, j = 0;
        while (i < _entries.Count || j < _incoming.Count)
        {
            if (i < _entries.Count && _entries[i].Gone)
            {
                i++;
                continue;
            }

            var takeOld = j >= _incoming.Count || (i < _entries.Count && ByRating(_entries[i], _incoming[j]) <= 0);
            merged.Add(takeOld ? _entries[i++] : _incoming[j++]);
        }

        _incoming.Clear();
        _entries = merged;
        for (var p = 0; p < merged.Count; p++)
        {
            var e = merged[p];
            e.Position = p;
            e.Previous = p - 1;
            e.Next = p + 1 < merged.Count ? p + 1 : -1;
        }
    }

    /// <summary>Takes an entry out of this tick's sweep.</summary>
    public void Unlink(QueueEntry entry)
    {
        entry.Gone = true;
        if (entry.Previous >= 0)
        {
            _entries[entry.Previous].Next = entry.Next;
        }

        if (entry.Next >= 0)
        {
            _entries[entry.Next].Previous = entry.Previous;
        }
    }

    /// <summary>The free entry at or above <paramref name="position"/>, or -1.</summary>
    public int FreeAtOrAfter(int position)
    {
        while (position >= 0 && position < _entries.Count && _entries[position].Gone)
        {
            position = _entries[position].Next;
        }

        return position < _entries.Count ? position : -1;
    }

    /// <summary>The free entry at or below <paramref name="position"/>, or -1.</summary>
    public int FreeAtOrBefore(int position)
    {
        while (position >= 0 && _entries[position].Gone)
        {
            position = _entries[position].Previous;
        }

        return position;
    }

    /// <summary>The first position whose rating is at least <paramref name="rating"/> (Count when none).</summary>
    public int LowerBound(double rating)
    {
        int lo = 0, hi = _entries.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_entries[mid].Ticket.Rating < rating)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
