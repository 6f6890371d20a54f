using System.CommandLine;
using System.Text.Json;

namespace SanguoOrleans.Cli.Commands.Bots;

/// <summary><c>sanguo bots</c>: a load generator of protocol clients that play whole games, reported as one JSON line.</summary>
internal static class BotsCommand
{
    public static Command Create()
    {
        var host = new Option<string>("--host") { Description = "Gateway host name or address.", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "Gateway client TCP port.", DefaultValueFactory = _ => 7400 };
        var clients = new Option<int>("--clients") { Description = "Bot clients, each its own account and connection.", DefaultValueFactory = _ => 5 };
        var mode = new Option<string>("--mode") { Description = "identity5, identity8, identity8-double-renegade, doubles or 1v1.", DefaultValueFactory = _ => "identity5" };
        var duration = new Option<int>("--duration") { Description = "Seconds to keep starting games; games under way then finish.", DefaultValueFactory = _ => 30 };
        var ladder = new Option<string?>("--ladder") { Description = "Play ranked instead: queue on this ladder (doubles or identity8), get matched, play the ranked table." };
        var command = new Command("bots", "Load generator: bot clients register, log in, fill tables and play with the engine's AI.")
        {
            host, port, clients, mode, duration, ladder,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(ladder) is { } ladderName)
            {
                return await RunLadderAsync(parse.GetValue(host)!, parse.GetValue(port), parse.GetValue(clients), ladderName, parse.GetValue(duration), cancellationToken).ConfigureAwait(false);
            }

            if (!BotRun.TryParseMode(parse.GetValue(mode)!, out var gameMode) || parse.GetValue(clients) < 1 || parse.GetValue(duration) < 1)
            {
                await Console.Error.WriteLineAsync("--mode must be identity5, identity8, identity8-double-renegade, doubles or 1v1; --clients and --duration at least 1.").ConfigureAwait(false);
                return 2;
            }

            var run = new BotRun(parse.GetValue(host)!, parse.GetValue(port), parse.GetValue(clients), gameMode, TimeSpan.FromSeconds(parse.GetValue(duration)));
            var report = await run.RunAsync(cancellationToken).ConfigureAwait(false);
            Console.Out.WriteLine(JsonSerializer.Serialize(report, CliJson.Options));
            return report.GamesFinished > 0 ? 0 : 1;
        });
        return command;
    }

    private static async Task<int> RunLadderAsync(string host, int port, int clients, string ladder, int duration, CancellationToken cancellationToken)
    {
        if (!LadderBotRun.IsLadder(ladder) || clients < 1 || duration < 1)
        {
            await Console.Error.WriteLineAsync("--ladder must be doubles or identity8; --clients and --duration at least 1.").ConfigureAwait(false);
            return 2;
        }

        var report = await new LadderBotRun(host, port, clients, ladder, TimeSpan.FromSeconds(duration)).RunAsync(cancellationToken).ConfigureAwait(false);
        Console.Out.WriteLine(JsonSerializer.Serialize(report, CliJson.Options));
        return report.GamesFinished > 0 ? 0 : 1;
    }
}
