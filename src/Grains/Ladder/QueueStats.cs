using SanguoOrleans.Grains.Interfaces.Ladder;
using SanguoOrleans.Grains.Ladder.Matching;

namespace SanguoOrleans.Grains.Ladder;

/// <summary>A queue's running matching-quality sums, overall and by how crowded the queue was.</summary>
internal sealed class QueueStats
{
    private static readonly int[] CrowdBounds = [0, 100, 1_000, 10_000, 100_000];

    private readonly Sums _all = new();
    private readonly Sums[] _byCrowd = [.. CrowdBounds.Select(_ => new Sums())];
    private long _aiFilled;
    private long _requeued;

    public TimeSpan LastTick { get; set; }

    /// <summary>Counts a match formed at <paramref name="now"/> in a tick that began with <paramref name="queued"/> tickets.</summary>
    public void Formed(FormedMatch match, TimeSpan now, int queued)
    {
        _aiFilled += match.AiSeats > 0 ? 1 : 0;
        var crowd = Array.FindLastIndex(CrowdBounds, bound => queued >= bound);
        _all.Add(match, now);
        _byCrowd[crowd].Add(match, now);
    }

    public void Requeued(int tickets) => _requeued += tickets;

    public LadderQueueStats Snapshot(int waiting) => new(
        waiting,
        _all.Matches,
        _aiFilled,
        _all.MeanSpread,
        _all.MeanWait,
        LastTick,
        _requeued,
        [.. CrowdBounds.Select((bound, i) => new LadderCrowdStats(bound, _byCrowd[i].Matches, _byCrowd[i].MeanSpread, _byCrowd[i].MeanWait)).Where(c => c.Matches > 0)]);

    private sealed class Sums
    {
        private double _spreadSum;
        private long _tickets;
        private TimeSpan _waitSum;

        public long Matches { get; private set; }

        public double MeanSpread => Matches == 0 ? 0 : _spreadSum / Matches;

        public TimeSpan MeanWait => _tickets == 0 ? TimeSpan.Zero : _waitSum / _tickets;

        public void Add(FormedMatch match, TimeSpan now)
        {
            Matches++;
            _spreadSum += match.Spread;
            foreach (var ticket in match.Tickets)
            {
                _tickets++;
                _waitSum += ticket.WaitAt(now);
            }
        }
    }
}
