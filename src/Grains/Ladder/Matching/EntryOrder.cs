using System.Runtime.InteropServices;

namespace SanguoOrleans.Grains.Ladder.Matching;

/// <summary>The two orders queue entries are kept in, as struct comparers the sort specialises for.</summary>
internal static class EntryOrder
{
    /// <summary>Sorts in place; skips the sort when already in order (newcomers usually arrive in arrival order).</summary>
    public static void Sort<TOrder>(List<QueueEntry> entries, TOrder order)
        where TOrder : struct, IComparer<QueueEntry>
    {
        var span = CollectionsMarshal.AsSpan(entries);
        for (var i = 1; i < span.Length; i++)
        {
            if (order.Compare(span[i - 1], span[i]) > 0)
            {
                span.Sort(order);
                return;
            }
        }
    }

    /// <summary>Arrival: lower ticket id first.</summary>
    public readonly struct ByArrival : IComparer<QueueEntry>
    {
        public int Compare(QueueEntry? x, QueueEntry? y) => x!.Id.CompareTo(y!.Id);
    }

    /// <summary>Rating, ties by arrival.</summary>
    public readonly struct ByRating : IComparer<QueueEntry>
    {
        public int Compare(QueueEntry? x, QueueEntry? y)
        {
            var a = x!;
            var b = y!;
            return a.Rating < b.Rating ? -1 : a.Rating > b.Rating ? 1 : a.Id.CompareTo(b.Id);
        }
    }
}
