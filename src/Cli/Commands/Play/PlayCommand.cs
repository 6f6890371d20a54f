using System.CommandLine;
using System.Net.Sockets;
using SanguoOrleans.Cli.Commands.Bots;

namespace SanguoOrleans.Cli.Commands.Play;

/// <summary><c>sanguo play</c>: an interactive terminal client that logs in, picks a table and plays a game by keyboard.</summary>
internal static class PlayCommand
{
    public static Command Create()
    {
        var host = new Option<string>("--host") { Description = "Gateway host name or address.", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "Gateway client TCP port.", DefaultValueFactory = _ => 7400 };
        var aiDelay = new Option<int>("--ai-delay-ms")
        {
            Description = "On tables you create: pause before each AI move, so you can follow the game.",
            DefaultValueFactory = _ => 400,
        };
        var command = new Command("play", "Play a game against AI or people: log in, list or create tables, answer each request by number.")
        {
            host, port, aiDelay,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            GameClient client;
            try
            {
                client = await GameClient.ConnectAsync(parse.GetValue(host)!, parse.GetValue(port), cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException e)
            {
                await Console.Error.WriteLineAsync($"sanguo play: cannot connect to {parse.GetValue(host)}:{parse.GetValue(port)}: {e.SocketErrorCode}.").ConfigureAwait(false);
                return 2;
            }

            await using (client.ConfigureAwait(false))
            {
                var input = new InputLines(Console.In);
                var lobby = new LobbyFlow(client, input, Console.Out, (uint)Math.Max(0, parse.GetValue(aiDelay)));
                try
                {
                    if (await lobby.LogInAsync(cancellationToken).ConfigureAwait(false) is not { } user)
                    {
                        return 0;
                    }

                    // A 山河图 battle leads back to the map, so a run goes on from battle to battle; other games end the session.
                    while (await lobby.ChooseTableAsync(cancellationToken).ConfigureAwait(false) is { } snapshot)
                    {
                        var screen = new GameScreen(client, input, Console.Out, snapshot, user);
                        var exitCode = await screen.PlayAsync(cancellationToken).ConfigureAwait(false);
                        if (exitCode != 0 || !lobby.ReturnsAfterGame)
                        {
                            return exitCode;
                        }
                    }

                    return 0;
                }
                catch (IOException e)
                {
                    await Console.Error.WriteLineAsync($"sanguo play: {e.Message}").ConfigureAwait(false);
                    return 1;
                }
            }
        });
        return command;
    }
}
