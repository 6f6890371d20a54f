using System.Diagnostics;

namespace SanguoOrleans.Testing;

/// <summary>
/// MariaDB and Redis on loopback, started (and installed when missing) by scripts/services.sh.
/// Shared by every test in a process; the script is idempotent, so starting twice is harmless.
/// </summary>
internal static class LocalServices
{
    private static readonly Lazy<Task<(string MySql, string Redis)>> Started = new(StartAsync);

    public static async Task<string> MySqlAsync() => (await Started.Value).MySql;

    public static async Task<string> RedisAsync() => (await Started.Value).Redis;

    private static async Task<(string MySql, string Redis)> StartAsync()
    {
        await RunScriptAsync("start");
        var exports = await RunScriptAsync("env");
        string Value(string name)
        {
            var prefix = $"export {name}=";
            var line = exports.Split('\n').Single(l => l.StartsWith(prefix, StringComparison.Ordinal));
            return line[prefix.Length..].Trim().Trim('"', '\'');
        }

        return (Value("SANGUO_MYSQL"), Value("SANGUO_REDIS"));
    }

    private static async Task<string> RunScriptAsync(string verb)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryPaths.Script("services.sh"));
        start.ArgumentList.Add(verb);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/services.sh {verb} failed ({process.ExitCode}):\n{await stderr}");
        }

        return await stdout;
    }
}
