using System.Globalization;

namespace SanguoOrleans.Gateway.Bench;

/// <summary>Command-line settings of one bench run.</summary>
internal sealed record BenchOptions(string SiloAssembly, int Seconds, int Rounds, int Rate, int IdleConnections, int[] Concurrency, string[]? Workloads, string? BaselineSiloAssembly)
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
        return new BenchOptions(silo, Number("--seconds", 5), Number("--rounds", 2), Number("--rate", 2000), Number("--idle", 10_000), concurrency, workloads, Value("--baseline-silo", "") is { Length: > 0 } baseline ? baseline : null);
    }

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
