namespace SanguoOrleans.Grains.Ladder.Matching;

/// <summary>
/// The queued tickets of one size, in rating order (ties by arrival), linked so that a sweep skips taken entries in
/// constant time. Rebuilt once per tick by merging the sorted newcomers into the surviving entries: O(n), no re-sort.
/// Ratings, links and the taken marks live in dense arrays indexed by position, reused from tick to tick: a sweep
/// touches few cache lines and a tick allocates no large arrays.
/// </summary>
internal sealed class RatingPool
{
    private readonly List<QueueEntry> _incoming = [];
    private List<QueueEntry> _entries = [];
    private List<QueueEntry> _spare = [];
    private double[] _ratings = [];
    private int[] _previous = [];
    private int[] _next = [];
    private bool[] _taken = [];

    public int Count => _entries.Count;

    public QueueEntry this[int position] => _entries[position];

    /// <summary>The rating at a position.</summary>
    public double RatingAt(int position) => _ratings[position];

    /// <summary>The next lower-rated free position from a free one, or -1.</summary>
    public int Below(int position) => _previous[position];

    /// <summary>The next higher-rated free position from a free one, or -1.</summary>
    public int Above(int position) => _next[position];

    public void Add(QueueEntry entry) => _incoming.Add(entry);

    /// <summary>Drops gone entries, merges the newcomers, and links every entry to its neighbours.</summary>
    public void Rebuild()
    {
        _incoming.RemoveAll(static e => e.Gone);
        EntryOrder.Sort(_incoming, default(EntryOrder.ByRating));
        var merged = _spare;
        merged.Clear();
        int i = 0, j = 0;
        var order = default(EntryOrder.ByRating);
        while (i < _entries.Count || j < _incoming.Count)
        {
            if (i < _entries.Count && _entries[i].Gone)
            {
                i++;
                continue;
            }

            var takeOld = j >= _incoming.Count || (i < _entries.Count && order.Compare(_entries[i], _incoming[j]) <= 0);
            merged.Add(takeOld ? _entries[i++] : _incoming[j++]);
        }

        _incoming.Clear();
        (_spare, _entries) = (_entries, merged);
        var count = merged.Count;
        if (_ratings.Length < count)
        {
            var capacity = Math.Max(count, _ratings.Length * 2);
            _ratings = new double[capacity];
            _previous = new int[capacity];
            _next = new int[capacity];
            _taken = new bool[capacity];
        }

        for (var p = 0; p < count; p++)
        {
            var e = merged[p];
            e.Position = p;
            _ratings[p] = e.Rating;
            _previous[p] = p - 1;
            _next[p] = p + 1 < count ? p + 1 : -1;
            _taken[p] = false;
        }
    }

    /// <summary>Takes an entry out of this tick's sweep.</summary>
    public void Unlink(QueueEntry entry)
    {
        entry.Gone = true;
        var p = entry.Position;
        _taken[p] = true;
        if (_previous[p] >= 0)
        {
            _next[_previous[p]] = _next[p];
        }

        if (_next[p] >= 0)
        {
            _previous[_next[p]] = _previous[p];
        }
    }

    /// <summary>
    /// The free entry at or above <paramref name="position"/>, or -1. A taken entry keeps the links it had when taken,
    /// which lead further out to entries free then; following them reaches a free one.
    /// </summary>
    public int FreeAtOrAfter(int position)
    {
        while (position >= 0 && position < _entries.Count && _taken[position])
        {
            position = _next[position];
        }

        return position < _entries.Count ? position : -1;
    }

    /// <summary>The free entry at or below <paramref name="position"/>, or -1.</summary>
    public int FreeAtOrBefore(int position)
    {
        while (position >= 0 && _taken[position])
        {
            position = _previous[position];
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
            if (_ratings[mid] < rating)
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
