using System.Globalization;
using System.Text.Json;
using SanguoOrleans.Testing;

namespace SanguoOrleans.Cli.Tests;

public class PingCommandTests
{
    [Fact]
    public async Task Ping_AgainstARunningSilo_PrintsOneOkJsonLineAndExitsZero()
    {
        var ports = HostPorts.Next();
        await using var silo = await TestHosts.StartSiloAsync("silo", ports);

        var (exitCode, stdout, _) = await SanguoTool.RunAsync("ping", "--host", "127.0.0.1", "--port", ports.ClientTcp.ToString(CultureInfo.InvariantCulture));

        Assert.Equal(0, exitCode);
        var line = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        Assert.True(json.RootElement.GetProperty("ok").GetBoolean());
        Assert.InRange(json.RootElement.GetProperty("rtt_ms").GetDouble(), 0.001, 60_000);
    }

    [Fact]
    public async Task Ping_WhenNothingListens_PrintsTheReasonAndExitsNonZero()
    {
        var port = FreePorts.Next();

        var (exitCode, stdout, _) = await SanguoTool.RunAsync("ping", "--port", port.ToString(CultureInfo.InvariantCulture));

        Assert.NotEqual(0, exitCode);
        using var json = JsonDocument.Parse(stdout);
        Assert.False(json.RootElement.GetProperty("ok").GetBoolean());
        Assert.Contains($"cannot connect to 127.0.0.1:{port}", json.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ping_WithAPortThatIsNotANumber_ExitsNonZeroWithAUsageError()
    {
        var (exitCode, _, stderr) = await SanguoTool.RunAsync("ping", "--port", "seven");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("seven", stderr, StringComparison.Ordinal);
    }
}
