using SanguoOrleans.Grains.Ladder.Matching;

namespace SanguoOrleans.Ladder.Bench;

/// <summary>
/// Simulated players arriving over time: Poisson-like arrivals spread over each second, ratings drawn from a normal
/// distribution (μ-scale: mean 25, deviation 4), a share of them premade teams of two. Deterministic by seed.
/// </summary>
internal sealed class Population(int seed, double teamShare)
{
    private readonly Random _random = new(seed);
    private long _nextId;
    private long _nextPlayer;

    /// <summary>The arrivals during second <paramref name="second"/>, in arrival order.</summary>
    public List<MatchTicket> Arrivals(int second, int count)
    {
        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            times[i] = second + _random.NextDouble();
        }

        Array.Sort(times);
        var tickets = new List<MatchTicket>(count);
        foreach (var time in times)
        {
            tickets.Add(Ticket(TimeSpan.FromSeconds(time)));
        }

        return tickets;
    }

    /// <summary>One ticket enqueued at <paramref name="at"/>.</summary>
    public MatchTicket Ticket(TimeSpan at)
    {
        var size = teamShare > 0 && _random.NextDouble() < teamShare ? 2 : 1;
        var members = new Guid[size];
        for (var m = 0; m < size; m++)
        {
            members[m] = PlayerId(++_nextPlayer);
        }

        return new MatchTicket(++_nextId, members, Rating(), at);
    }

    private double Rating()
    {
        // Box–Muller.
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return 25 + (4 * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
    }

    private static Guid PlayerId(long n)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, n);
        return new Guid(bytes);
    }
}
