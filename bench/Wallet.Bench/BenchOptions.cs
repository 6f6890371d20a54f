using System.Globalization;

namespace SanguoOrleans.Wallet.Bench;

/// <summary>What one run measures: <c>[seconds per measurement] [warm-up seconds] [callers,callers,...]</c>.</summary>
internal sealed record BenchOptions(string ConnectionString, TimeSpan Duration, TimeSpan WarmUp, IReadOnlyList<int> Concurrencies)
{
    public static BenchOptions Parse(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("SANGUO_MYSQL") is { Length: > 0 } configured
            ? configured
            : throw new InvalidOperationException("Set SANGUO_MYSQL, e.g. eval \"$(scripts/services.sh env)\".");
        var duration = args.Length > 0 ? Seconds(args[0]) : TimeSpan.FromSeconds(10);
        var warmUp = args.Length > 1 ? Seconds(args[1]) : TimeSpan.FromSeconds(3);
        int[] concurrencies = args.Length > 2
            ? [.. args[2].Split(',').Select(value => int.Parse(value, CultureInfo.InvariantCulture))]
            : [1, 16, 64];
        return new BenchOptions(connectionString, duration, warmUp, concurrencies);
    }

    private static TimeSpan Seconds(string value) => TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture));
}
