using System.Globalization;
using SanguoOrleans.Testing;

namespace SanguoOrleans.Cli.Tests;

public class RoguelikePlayTests
{
    [Fact]
    public async Task Play_G_StartsARun_MovesFightsTheBattleToAResult_AndComesBackToTheMap()
    {
        var ports = HostPorts.Next();
        await using var silo = await TestHosts.StartSiloAsync("silo", ports, new Dictionary<string, string?>
        {
            ["Roguelike:BattleStartDelay"] = "00:00:00.500",
            ["Roguelike:BattleAiDelay"] = "00:00:00.005",
        });
        var account = "rogue" + Guid.NewGuid().ToString("N")[..12];

        var (exitCode, stdout) = await TypedPlaySession.RunAsync(
            ["play", "--host", "127.0.0.1", "--port", ports.ClientTcp.ToString(CultureInfo.InvariantCulture)],
            [account, "password-123", "y", "g", "h xiahoudun", "m 1", "f", "auto"],
            closeInput: true,
            TimeSpan.FromSeconds(60));
        var lines = stdout.Split('\n');
        var resultAt = Array.FindIndex(lines, l => l.StartsWith("Result: ", StringComparison.Ordinal));

        Assert.True(exitCode == 0, stdout);
        Assert.Contains("run 1: RoguelikeRunActive", stdout, StringComparison.Ordinal);
        Assert.Contains("Hero xiahoudun  HP 4/4", stdout, StringComparison.Ordinal);
        Assert.Contains("floor 8: ", stdout, StringComparison.Ordinal);
        Assert.Contains("At node 1;", stdout, StringComparison.Ordinal);
        Assert.Contains("Battle at table ", stdout, StringComparison.Ordinal);
        Assert.True(resultAt > 0, stdout);
        Assert.Matches(@"^Result: (you won|you lost|the game is a draw) \(seat 0", lines[resultAt]);
        Assert.Contains(lines.Skip(resultAt), l => l.Contains("run 1: ", StringComparison.Ordinal));
        // Back at the map, the battle's result is applied: the node cleared, or an HP lost.
        Assert.Contains(lines.Skip(resultAt), l => l.Contains("*✓1:", StringComparison.Ordinal) || l.Contains("HP 3/4", StringComparison.Ordinal));
    }

}
