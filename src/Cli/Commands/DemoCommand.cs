using System.CommandLine;
using System.Net.Sockets;
using SanguoOrleans.Cli.Commands.Bots;
using SanguoOrleans.Cli.Commands.Play;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Protocol;
using SanguoOrleans.Protocol.EngineRecords;
using GameEvent = SanguoOrleans.Game.Events.GameEvent;
using EventKind = SanguoOrleans.Game.Events.EventKind;
using GameSettings = SanguoOrleans.Game.Modes.GameSettings;

namespace SanguoOrleans.Cli.Commands;

/// <summary>
/// <c>sanguo demo</c>: one 8-seat game of bot clients through the gateway, printed as a spectator client saw it, then
/// a result line. Everything goes over the client protocol, as a person's client would.
/// </summary>
internal static class DemoCommand
{
    private const string Password = "demo-password-1";

    public static Command Create()
    {
        var host = new Option<string>("--host") { Description = "Gateway host name or address.", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "Gateway client TCP port.", DefaultValueFactory = _ => 7400 };
        var command = new Command("demo", "One 8-seat game of bot clients through the gateway, printed as a spectator saw it.") { host, port };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                return await RunAsync(parse.GetValue(host)!, parse.GetValue(port), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is SocketException or IOException or BotException)
            {
                await Console.Error.WriteLineAsync($"sanguo demo: {e.Message}").ConfigureAwait(false);
                return 1;
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(string host, int port, CancellationToken cancellationToken)
    {
        var settings = new GameSettings(Game.Modes.GameMode.Identity8);
        var clients = new List<GameClient>();
        try
        {
            // Eight players and one spectator whose view (no one's hand) is what gets printed.
            for (var i = 0; i <= settings.PlayerCount; i++)
            {
                clients.Add(await GameClient.ConnectAsync(host, port, cancellationToken).ConfigureAwait(false));
            }

            await Task.WhenAll(clients.Select(c => c.SignUpAsync("demo" + Guid.NewGuid().ToString("N")[..16], Password, cancellationToken))).ConfigureAwait(false);
            var (players, spectator) = (clients.Take(settings.PlayerCount).ToList(), clients[^1]);
            var created = await players[0].RequestAcceptedAsync(new ClientMessage { CreateTable = new CreateTableRequest { Name = "demo", Private = true, Mode = Protocol.GameMode.Identity8 } }, cancellationToken).ConfigureAwait(false);
            var tableId = created.TableSnapshot.Info.TableId;
            for (var seat = 1; seat < players.Count; seat++)
            {
                await players[seat].RequestAcceptedAsync(new ClientMessage { JoinTable = new JoinTableRequest { TableId = tableId } }, cancellationToken).ConfigureAwait(false);
                await players[seat].RequestAcceptedAsync(new ClientMessage { Sit = new SitRequest { TableId = tableId, Seat = seat } }, cancellationToken).ConfigureAwait(false);
                await players[seat].RequestAcceptedAsync(new ClientMessage { SetReady = new SetReadyRequest { TableId = tableId, Ready = true } }, cancellationToken).ConfigureAwait(false);
            }

            await spectator.RequestAcceptedAsync(new ClientMessage { Spectate = new SpectateRequest { TableId = tableId } }, cancellationToken).ConfigureAwait(false);
            await Console.Out.WriteLineAsync($"Table {tableId}: 8 bot clients and a spectator through {host}:{port}.").ConfigureAwait(false);
            var bots = players.Select((p, seat) => new BotPlayer(p, tableId, settings).PlayToEndAsync(new TableSnapshot { Viewer = seat, Seq = -1 }, cancellationToken)).ToList();
            var watching = PrintAsync(spectator, tableId, cancellationToken);
            await players[0].RequestAcceptedAsync(new ClientMessage { StartTable = new StartTableRequest { TableId = tableId } }, cancellationToken).ConfigureAwait(false);
            var finished = await Task.WhenAll(bots).ConfigureAwait(false);
            var over = await watching.ConfigureAwait(false);
            if (over is null || !finished.All(f => f))
            {
                await Console.Error.WriteLineAsync("sanguo demo: the game did not finish.").ConfigureAwait(false);
                return 1;
            }

            await Console.Out.WriteLineAsync($"Result: {over.Text} wins; winning seats {string.Join(", ", over.Targets ?? [])}.").ConfigureAwait(false);
            return 0;
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Prints the spectator's events until the game is over; the game-over event, or null if the connection ended.</summary>
    private static async Task<GameEvent?> PrintAsync(GameClient spectator, string tableId, CancellationToken cancellationToken)
    {
        var text = new EventText();
        var lastSeq = -1;
        GameEvent? over = null;
        await foreach (var push in spectator.Pushes.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (push.BodyCase != ServerMessage.BodyOneofCase.GameAdvanced || push.GameAdvanced.TableId != tableId)
            {
                continue;
            }

            foreach (var e in push.GameAdvanced.EventsAfter(lastSeq))
            {
                lastSeq = e.Seq;
                over = e.Kind == EventKind.GameOver ? e : over;
                if (text.Describe(e) is { } line)
                {
                    await Console.Out.WriteLineAsync(line).ConfigureAwait(false);
                }
            }

            if (push.GameAdvanced.Over)
            {
                return over;
            }
        }

        return null;
    }


}
