namespace SanguoOrleans.Wallet.Bench;

/// <summary>The completed operations and their latencies of one workload, summed over its timed slices.</summary>
internal sealed class Tally
{
    private readonly List<long> _latencyTicks = [];
    private TimeSpan _elapsed;

    public void Add(TimeSpan elapsed, IEnumerable<long> latencyTicks)
    {
        _elapsed += elapsed;
        _latencyTicks.AddRange(latencyTicks);
    }

    public Measurement Measure()
    {
        var sorted = _latencyTicks.Order().ToArray();
        return new Measurement(sorted.Length, _elapsed, Percentile(sorted, 0.50), Percentile(sorted, 0.99));
    }

    private static TimeSpan Percentile(long[] sorted, double fraction) =>
        sorted.Length == 0 ? TimeSpan.Zero : TimeSpan.FromTicks(sorted[(int)Math.Min(sorted.Length - 1, sorted.Length * fraction)]);
}
