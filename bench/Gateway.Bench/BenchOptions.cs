using System.Globalization;

namespace SanguoOrleans.Gateway.Bench;

/// <summary>Command-line settings of one bench run.</summary>
internal sealed record BenchOptions(string SiloAssembly, int Seconds, int Rounds, int Rate, int IdleConnections, int[] Concurrency, string[]? Workloads, string? BaselineSiloAssembly, KeyValuePair<string, string>[] SiloSettings)
{
    public static BenchOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }

        int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        var at = Array.IndexOf(args, "--silo");
        var silo = at >= 0 && at + 1 < args.Length ? args[at + 1] : Path.Combine(RepositoryRoot(), "src/Silo/bin/Release/net10.0/SanguoOrleans.Silo.dll");
        var concurrency = Value("--callers", "1,16,64").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
        // Names of the workloads to run, comma-separated (e.g. "gateway,orleans client"); all of them by default.
        var workloads = Value("--workloads", "") is { Length: > 0 } names ? names.Split(',') : null;
        return new BenchOptions(silo, Number("--seconds", 5), Number("--rounds", 2), Number("--rate", 2000), Number("--idle", 10_000), concurrency, workloads, Value("--baseline-silo", "") is { Length: > 0 } baseline ? baseline : null, ParseSiloSettings(args));
    }

    /// <summary>Every "--silo-setting KEY=VALUE": configuration or environment for the measured silo only, not the baseline.</summary>
    private static KeyValuePair<string, string>[] ParseSiloSettings(string[] args) =>
        [.. args.Select((arg, i) => (arg, i))
            .Where(a => a.arg == "--silo-setting" && a.i + 1 < args.Length)
            .Select(a => args[a.i + 1].Split('=', 2))
            .Select(kv => KeyValuePair.Create(kv[0], kv.Length > 1 ? kv[1] : ""))];

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(Environment.CurrentDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SanguoOrleans.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("run from inside the repository or pass --silo");
    }
}
