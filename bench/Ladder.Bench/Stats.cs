namespace SanguoOrleans.Ladder.Bench;

/// <summary>Running sums for one matcher over a simulation.</summary>
internal sealed class Stats
{
    public long Matches { get; private set; }

    public long AiMatches { get; private set; }

    public long Tickets { get; private set; }

    public double SpreadSum { get; private set; }

    public double WaitSum { get; private set; }

    public List<double> Waits { get; } = [];

    public double MeanSpread => Matches == 0 ? 0 : SpreadSum / Matches;

    public double MeanWait => Tickets == 0 ? 0 : WaitSum / Tickets;

    public double WaitPercentile(double p)
    {
        if (Waits.Count == 0)
        {
            return 0;
        }

        Waits.Sort();
        return Waits[Math.Min(Waits.Count - 1, (int)(p * Waits.Count))];
    }

    public void Match(double spread, bool withAi, IEnumerable<double> waits)
    {
        Matches++;
        AiMatches += withAi ? 1 : 0;
        SpreadSum += spread;
        foreach (var wait in waits)
        {
            Tickets++;
            WaitSum += wait;
            Waits.Add(wait);
        }
    }
}
