using System.Globalization;
using SanguoOrleans.Testing;

namespace SanguoOrleans.Cli.Tests;

public class PlayCommandTests
{
    [Fact]
    public async Task Play_RegistersCreatesATableWithAiAndOnAuto_PlaysTheGameToAResultLine_AndChatsAtTheTable()
    {
        var ports = HostPorts.Next();
        await using var silo = await TestHosts.StartSiloAsync("silo", ports);
        // A small AI pause: without one the rest of a game can arrive as one push larger than the client's frame limit.
        var account = "player" + Guid.NewGuid().ToString("N")[..12];

        var (exitCode, stdout) = await TypedPlaySession.RunAsync(
            ["play", "--host", "127.0.0.1", "--port", ports.ClientTcp.ToString(CultureInfo.InvariantCulture), "--ai-delay-ms", "5"],
            [account, "password-123", "y", "c", "auto", "say 大家好"],
            closeInput: false,
            TimeSpan.FromSeconds(45));

        Assert.True(exitCode == 0, stdout);
        Assert.Contains($"Logged in as {account}.", stdout, StringComparison.Ordinal);
        Assert.Contains("Auto-play on", stdout, StringComparison.Ordinal);
        Assert.Contains("[chat] you: 大家好", stdout, StringComparison.Ordinal);
        var result = Assert.Single(stdout.Split('\n'), l => l.StartsWith("Result: ", StringComparison.Ordinal));
        Assert.Matches(@"^Result: (you won|you lost|the game is a draw) \(seat 0, \w+; \w+ wins\)", result);
    }

}
