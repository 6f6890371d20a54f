using System.Globalization;
using SanguoOrleans.Cli.Commands.Bots;
using SanguoOrleans.Protocol;
using SanguoOrleans.Testing;

namespace SanguoOrleans.Cli.Tests;

public class WatchPlayTests
{
    [Fact]
    public async Task Play_W_WatchesAGameAlreadyRunning_FromItsSnapshotToTheResult_WithoutAHand()
    {
        var ports = HostPorts.Next();
        await using var silo = await TestHosts.StartSiloAsync("silo", ports);
        await using var owner = await GameClient.ConnectAsync("127.0.0.1", ports.ClientTcp);
        var tableId = await StartPublicGameAgainstAiAsync(owner);
        var watcher = "watcher" + Guid.NewGuid().ToString("N")[..12];

        var (exitCode, stdout) = await TypedPlaySession.RunAsync(
            ["play", "--host", "127.0.0.1", "--port", ports.ClientTcp.ToString(CultureInfo.InvariantCulture)],
            [watcher, "password-123", "y", "w 1", "s"],
            closeInput: true,
            TimeSpan.FromSeconds(90));

        Assert.True(exitCode == 0, stdout);
        Assert.Contains($"Watching table {tableId}", stdout, StringComparison.Ordinal);
        Assert.Contains("You are watching.", stdout, StringComparison.Ordinal);
        // The table as shown mid-game comes from the snapshot: a turn under way, heroes known.
        Assert.Matches(@"== turn [1-9]\d*, ", stdout);
        Assert.DoesNotContain("Your hand", stdout, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^Result: (\w+ wins|the game is a draw)\.", stdout);
    }

    private static async Task<string> StartPublicGameAgainstAiAsync(GameClient owner)
    {
        var account = "owner" + Guid.NewGuid().ToString("N")[..12];
        await owner.RequestAsync(new ClientMessage { Register = new RegisterRequest { Account = account, Password = "password-123" } });
        Assert.Equal(ServerMessage.BodyOneofCase.Session, (await owner.RequestAsync(new ClientMessage { Login = new LoginRequest { Account = account, Password = "password-123" } })).BodyCase);
        var created = await owner.RequestAsync(new ClientMessage { CreateTable = new CreateTableRequest { Name = "watched", Mode = GameMode.Identity5, AiDelayMs = 40 } });
        var tableId = created.TableSnapshot.Info.TableId;
        for (var seat = 1; seat < 5; seat++)
        {
            Assert.Equal(ServerMessage.BodyOneofCase.Table, (await owner.RequestAsync(new ClientMessage { AddAi = new AddAiRequest { TableId = tableId, Seat = seat } })).BodyCase);
        }

        Assert.Equal(ServerMessage.BodyOneofCase.Table, (await owner.RequestAsync(new ClientMessage { StartTable = new StartTableRequest { TableId = tableId } })).BodyCase);
        // The owner's seat plays itself too, so the game runs to its end without anyone at the keyboard.
        Assert.Equal(ServerMessage.BodyOneofCase.Table, (await owner.RequestAsync(new ClientMessage { SetAutoPlay = new SetAutoPlayRequest { TableId = tableId, Enabled = true } })).BodyCase);
        return tableId;
    }
}
