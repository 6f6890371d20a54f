using SanguoOrleans.Grains.Ladder.Matching;

namespace SanguoOrleans.Ladder.Bench;

/// <summary>The comparison: first come, first matched, whatever the ratings; a team that does not fit waits.</summary>
internal sealed class NaiveMatcher(int matchSize)
{
    private readonly List<MatchTicket> _waiting = [];

    public int Count => _waiting.Count;

    public void Add(MatchTicket ticket) => _waiting.Add(ticket);

    public List<List<MatchTicket>> Tick()
    {
        var matches = new List<List<MatchTicket>>();
        var left = new List<MatchTicket>();
        var group = new List<MatchTicket>();
        var seats = 0;
        foreach (var ticket in _waiting)
        {
            if (seats + ticket.Size > matchSize)
            {
                left.Add(ticket);
                continue;
            }

            group.Add(ticket);
            seats += ticket.Size;
            if (seats == matchSize)
            {
                matches.Add(group);
                group = [];
                seats = 0;
            }
        }

        left.AddRange(group);
        left.Sort(static (a, b) => a.Id.CompareTo(b.Id));
        _waiting.Clear();
        _waiting.AddRange(left);
        return matches;
    }
}
