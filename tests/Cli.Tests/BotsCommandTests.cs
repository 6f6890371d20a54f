using System.Globalization;
using System.Text.Json;
using SanguoOrleans.Testing;

namespace SanguoOrleans.Cli.Tests;

public class BotsCommandTests
{
    [Fact]
    public async Task Bots_AgainstARunningSilo_PlayWholeGames_AndPrintOneJsonLineWithRoundTrips()
    {
        var ports = HostPorts.Next();
        await using var silo = await TestHosts.StartSiloAsync("silo", ports);

        var (exitCode, stdout, stderr) = await SanguoTool.RunAsync(
            "bots", "--host", "127.0.0.1", "--port", ports.ClientTcp.ToString(CultureInfo.InvariantCulture), "--clients", "2", "--mode", "identity5", "--duration", "1");

        Assert.True(exitCode == 0, stdout + stderr);
        var line = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        Assert.True(json.RootElement.GetProperty("games_finished").GetInt32() >= 1);
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetInt64());
        Assert.True(json.RootElement.GetProperty("decisions_per_second").GetDouble() > 0);
        Assert.True(json.RootElement.GetProperty("decision_rtt_p99_ms").GetDouble() >= json.RootElement.GetProperty("decision_rtt_p50_ms").GetDouble());
    }

    [Theory]
    [InlineData("doubles", 4)]
    [InlineData("identity8", 8)]
    public async Task LadderBots_QueueGetMatchedAndPlayTheRankedTable_ThroughTheGateway(string ladder, int clients)
    {
        var ports = HostPorts.Next();
        await using var silo = await TestHosts.StartSiloAsync("silo", ports);

        var (exitCode, stdout, stderr) = await SanguoTool.RunAsync(
            "bots", "--host", "127.0.0.1", "--port", ports.ClientTcp.ToString(CultureInfo.InvariantCulture), "--clients", clients.ToString(CultureInfo.InvariantCulture), "--ladder", ladder, "--duration", "1");

        Assert.True(exitCode == 0, stdout + stderr);
        using var json = JsonDocument.Parse(Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(1, json.RootElement.GetProperty("games_finished").GetInt32());
        Assert.Equal("ladder " + ladder, json.RootElement.GetProperty("mode").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetInt64());
        Assert.True(json.RootElement.GetProperty("decisions").GetInt64() > 0);
    }

    [Fact]
    public async Task Bots_WithAnUnknownMode_ExplainsTheChoicesAndExitsTwo()
    {
        var (exitCode, _, stderr) = await SanguoTool.RunAsync("bots", "--mode", "poker");

        Assert.Equal(2, exitCode);
        Assert.Contains("identity5", stderr, StringComparison.Ordinal);
    }
}
