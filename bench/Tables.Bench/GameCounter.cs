namespace SanguoOrleans.Tables.Bench;

/// <summary>Games started and time spent by one side of the comparison, summed over its slices.</summary>
internal sealed class GameCounter
{
    private long _games;
    private TimeSpan _elapsed;

    /// <summary>Games started (each slice finishes the games it started before it stops the clock).</summary>
    public long Games => Interlocked.Read(ref _games);

    public double PerSecond => _elapsed > TimeSpan.Zero ? Games / _elapsed.TotalSeconds : 0;

    /// <summary>Counts a game about to be played; returns its index, which picks its seed.</summary>
    public long Next() => Interlocked.Increment(ref _games) - 1;

    public void AddTime(TimeSpan elapsed) => _elapsed += elapsed;
}
