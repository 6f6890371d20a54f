using System.Globalization;
using SanguoOrleans.Testing;

namespace SanguoOrleans.Cli.Tests;

public class DemoCommandTests
{
    [Fact]
    public async Task Demo_AgainstARunningSilo_PrintsAnEightSeatGameAndEndsWithAResultLine()
    {
        var ports = HostPorts.Next();
        await using var silo = await TestHosts.StartSiloAsync("silo", ports);

        var (exitCode, stdout, stderr) = await SanguoTool.RunAsync("demo", "--host", "127.0.0.1", "--port", ports.ClientTcp.ToString(CultureInfo.InvariantCulture));

        Assert.True(exitCode == 0, stdout + stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("The game starts with 8 seats.", lines);
        Assert.Contains(lines, l => l.StartsWith("--- turn 1: seat 0", StringComparison.Ordinal));
        Assert.Matches(@"^Result: \w+ wins; winning seats \d", lines[^1]);
    }
}
