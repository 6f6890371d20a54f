using System.Diagnostics;
using SanguoOrleans.Testing;

namespace SanguoOrleans.Cli.Tests;

/// <summary>Runs <c>sanguo</c> with lines typed on its standard input, as a person or a script would.</summary>
internal static class TypedPlaySession
{
    /// <summary>
    /// Types <paramref name="lines"/>, then either leaves the input open until the tool exits or closes it, as when a
    /// script ends; returns the exit code and everything printed.
    /// </summary>
    public static async Task<(int ExitCode, string Stdout)> RunAsync(string[] args, string[] lines, bool closeInput, TimeSpan timeout)
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

        if (closeInput)
        {
            process.StandardInput.Close();
        }
        else
        {
            await process.StandardInput.FlushAsync();
        }

        try
        {
            await process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("sanguo play did not finish: " + await stdout + await stderr);
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
