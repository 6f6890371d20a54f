using System.Diagnostics;
using System.Globalization;
using SanguoOrleans.Testing;

namespace SanguoOrleans.Cli.Tests;

public class PlayCommandTests
{
    [Fact]
    public async Task Play_RegistersCreatesATableWithAiAndOnAuto_PlaysTheGameToAResultLine()
    {
        var ports = HostPorts.Next();
        await using var silo = await TestHosts.StartSiloAsync("silo", ports);
        // A small AI pause: without one the rest of a game can arrive as one push larger than the client's frame limit.
        var account = "player" + Guid.NewGuid().ToString("N")[..12];

        var (exitCode, stdout) = await RunWithInputAsync(
            ["play", "--host", "127.0.0.1", "--port", ports.ClientTcp.ToString(CultureInfo.InvariantCulture), "--ai-delay-ms", "5"],
            [account, "password-123", "y", "c", "auto"]);

        Assert.True(exitCode == 0, stdout);
        Assert.Contains($"Logged in as {account}.", stdout, StringComparison.Ordinal);
        Assert.Contains("Auto-play on", stdout, StringComparison.Ordinal);
        var result = Assert.Single(stdout.Split('\n'), l => l.StartsWith("Result: ", StringComparison.Ordinal));
        Assert.Matches(@"^Result: (you won|you lost|the game is a draw) \(seat 0, \w+; \w+ wins\)", result);
    }

    /// <summary>Runs <c>sanguo</c> with lines typed on its standard input, which stays open until it exits.</summary>
    private static async Task<(int ExitCode, string Stdout)> RunWithInputAsync(string[] args, string[] lines)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(RepositoryPaths.HostAssembly("Cli", "sanguo"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        foreach (var line in lines)
        {
            await process.StandardInput.WriteLineAsync(line);
        }

        await process.StandardInput.FlushAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(45));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("sanguo play did not finish: " + await stdout + await stderr);
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
