using System.Globalization;

namespace SanguoOrleans.Gateway.Bench;

/// <summary>Prints the bench's findings as Markdown, ready for bench/RESULTS.md.</summary>
internal static class Report
{
    private const double GiB = 1024 * 1024 * 1024;

    public static void Machine(BenchOptions options)
    {
        var model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim();
        var ram = File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        Console.WriteLine($"machine: nproc {Environment.ProcessorCount}, {model}, {long.Parse(ram, CultureInfo.InvariantCulture) / 1024 / 1024} GiB RAM, load {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine($"options: silo {options.SiloAssembly}, baseline {options.BaselineSiloAssembly ?? "none"}, {options.Seconds} s x {options.Rounds} rounds, callers {string.Join(",", options.Concurrency)}, rate {options.Rate}/s, idle {options.IdleConnections}, workloads {(options.Workloads is null ? "all" : string.Join(",", options.Workloads))}");
    }

    public static void Throughput(Dictionary<(string, int), List<double>> results, int[] concurrency, string[] names)
    {
        const string Orleans = "orleans client";
        const string Echo = "tcp echo";
        // Every gateway workload against the raw Orleans client (the target) and against the bare echo (the floor).
        var ratios = names.Where(n => n.StartsWith("gateway", StringComparison.Ordinal))
            .SelectMany(n => new[] { (n, Orleans), (n, Echo) })
            .Where(r => names.Contains(r.Item2))
            .ToArray();
        Console.WriteLine();
        Console.WriteLine($"| callers | {string.Join(" | ", names.Select(n => n + " (rounds → median)"))} | {string.Join(" | ", ratios.Select(r => $"{r.Item1} / {r.Item2}"))} |");
        Console.WriteLine($"|---:|{string.Concat(names.Select(_ => "---|"))}{string.Concat(ratios.Select(_ => "---:|"))}");
        foreach (var callers in concurrency)
        {
            var cells = names.Select(n => $"{string.Join(", ", results[(n, callers)].Select(Rate))} → **{Rate(Median(results[(n, callers)]))}**");
            var shares = ratios.Select(r => (Median(results[(r.Item1, callers)]) / Median(results[(r.Item2, callers)])).ToString("P0", CultureInfo.InvariantCulture));
            Console.WriteLine($"| {callers} | {string.Join(" | ", cells)} | {string.Join(" | ", shares)} |");
        }
    }

    public static void PerCall(string what, Dictionary<(string, int), List<double>> results, int[] concurrency, string[] names)
    {
        Console.WriteLine();
        Console.WriteLine($"| callers | {string.Join(" | ", names.Select(n => $"{n} {what} per round trip (rounds → median)"))} |");
        Console.WriteLine($"|---:|{string.Concat(names.Select(_ => "---|"))}");
        foreach (var callers in concurrency)
        {
            var cells = names.Select(n => $"{string.Join(", ", results[(n, callers)].Select(Micro))} → **{Micro(Median(results[(n, callers)]))}**");
            Console.WriteLine($"| {callers} | {string.Join(" | ", cells)} |");
        }
    }

    public static void Latency(Dictionary<string, List<(double P50, double P99)>> results, int rate)
    {
        Console.WriteLine();
        Console.WriteLine($"| at {rate}/s, 16 callers | p50 ms (rounds) | p99 ms (rounds) |");
        Console.WriteLine("|---|---|---|");
        foreach (var (name, rounds) in results)
        {
            Console.WriteLine($"| {name} | {string.Join(", ", rounds.Select(r => r.P50.ToString("F3", CultureInfo.InvariantCulture)))} | {string.Join(", ", rounds.Select(r => r.P99.ToString("F3", CultureInfo.InvariantCulture)))} |");
        }
    }

    public static void Memory(long before, long after, int open, TimeSpan setup)
    {
        Console.WriteLine();
        Console.WriteLine($"idle connections: {open:N0} live and logged in (set up in {setup.TotalSeconds:F1} s)");
        Console.WriteLine($"host RSS: {before / GiB:F3} GiB before, {after / GiB:F3} GiB with them open ({(after - before) / (double)open / 1024:F1} KiB per connection); target < 1.5 GiB: {(after < 1.5 * GiB ? "met" : "MISSED")}");
    }

    private static string Micro(double value) => value.ToString(value < 10 ? "F2" : "F1", CultureInfo.InvariantCulture);

    private static string Rate(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
