namespace SanguoOrleans.Grains.Wallet;

/// <summary>The time a ledger entry records.</summary>
internal static class LedgerTime
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    /// <summary>
    /// <paramref name="now"/> in UTC, cut to the microseconds the ledger column keeps, so the receipt returned when
    /// an operation is applied equals the one a retry reads back.
    /// </summary>
    public static DateTimeOffset Normalize(DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % TicksPerMicrosecond, TimeSpan.Zero);
    }
}
