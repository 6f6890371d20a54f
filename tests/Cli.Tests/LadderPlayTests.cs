using System.Globalization;
using SanguoOrleans.Testing;

namespace SanguoOrleans.Cli.Tests;

public class LadderPlayTests
{
    [Fact]
    public async Task Play_L_QueuesForARankedGame_PlaysTheMatchFilledWithAi_AndB_ShowsTheStandingAndTheBoard()
    {
        var ports = HostPorts.Next();
        await using var silo = await TestHosts.StartSiloAsync("silo", ports, new Dictionary<string, string?>
        {
            ["LadderQueue:AiFillAfter"] = "00:00:01",
            ["LadderQueue:StartDelay"] = "00:00:00.500",
        });
        var account = "ranked" + Guid.NewGuid().ToString("N")[..12];
        string[] connect = ["play", "--host", "127.0.0.1", "--port", ports.ClientTcp.ToString(CultureInfo.InvariantCulture)];

        var (played, game) = await TypedPlaySession.RunAsync(connect, [account, "password-123", "y", "l doubles", "auto"], closeInput: true, TimeSpan.FromSeconds(90));
        var (shown, board) = await TypedPlaySession.RunAsync(connect, [account, "password-123", "b doubles", "quit"], closeInput: true, TimeSpan.FromSeconds(60));

        Assert.True(played == 0, game);
        Assert.Contains("Queued for ranked doubles", game, StringComparison.Ordinal);
        Assert.Contains("Match found: table ", game, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^Result: (you won|you lost|the game is a draw)", game);
        Assert.True(shown == 0, board);
        Assert.Matches(@"Ranked doubles, season \d+: you rate -?\d+\.\d, \w+ \d★, [01]/1 won, rank 1 of 1", board);
        Assert.Contains("  1. ", board, StringComparison.Ordinal);
        Assert.Contains("← you", board, StringComparison.Ordinal);
    }
}
