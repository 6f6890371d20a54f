using SanguoOrleans.Grains.Interfaces.Ladder;
using SanguoOrleans.Grains.Ladder.Matching;

namespace SanguoOrleans.Grains.Ladder;

/// <summary>A queue's running matching-quality sums.</summary>
internal sealed class QueueStats
{
    private long _matches;
    private long _aiFilled;
    private double _spreadSum;
    private long _waitedTickets;
    private TimeSpan _waitSum;
    private long _requeued;

    public TimeSpan LastTick { get; set; }

    public void Formed(FormedMatch match, TimeSpan now)
    {
        _matches++;
        _aiFilled += match.AiSeats > 0 ? 1 : 0;
        _spreadSum += match.Spread;
        foreach (var ticket in match.Tickets)
        {
            _waitedTickets++;
            _waitSum += ticket.WaitAt(now);
        }
    }

    public void Requeued(int tickets) => _requeued += tickets;

    public LadderQueueStats Snapshot(int waiting) => new(
        waiting,
        _matches,
        _aiFilled,
        _matches == 0 ? 0 : _spreadSum / _matches,
        _waitedTickets == 0 ? TimeSpan.Zero : _waitSum / _waitedTickets,
        LastTick,
        _requeued);
}
