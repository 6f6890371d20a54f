namespace SanguoOrleans.Wallet.Bench;

/// <summary>Operations completed in a timed window, with their latency percentiles.</summary>
internal sealed record Measurement(long Operations, TimeSpan Elapsed, TimeSpan P50, TimeSpan P99)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;
}
