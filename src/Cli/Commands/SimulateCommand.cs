using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Simulation;

namespace SanguoOrleans.Cli.Commands;

/// <summary><c>sanguo simulate</c>: plays AI games with the rules engine and prints one JSON summary line.</summary>
internal static class SimulateCommand
{
    private static readonly Dictionary<string, GameMode> Modes = new(StringComparer.Ordinal)
    {
        ["identity5"] = GameMode.Identity5,
        ["identity8"] = GameMode.Identity8,
        ["identity8-double"] = GameMode.Identity8DoubleRenegade,
    };

    public static Command Create()
    {
        var mode = new Option<string>("--mode")
        {
            Description = "Table mode: identity5 (5 players, 108 cards), identity8 (8 players, 160 cards) or identity8-double (8 players, two renegades).",
            DefaultValueFactory = _ => "identity8",
        };
        mode.AcceptOnlyFromAmong([.. Modes.Keys]);
        var games = new Option<int>("--games") { Description = "Number of games to play (1 or more).", DefaultValueFactory = _ => 100 };
        games.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--games must be 1 or more.");
            }
        });
        var seed = new Option<ulong>("--seed") { Description = "Seed of the batch; the same seed plays the same games and gives the same hash.", DefaultValueFactory = _ => 1UL };
        var command = new Command(
            "simulate",
            "Plays AI games and prints one JSON line: games, finished, draws, wins per role, average turns, games per second and a hash over every final state.")
        {
            mode, games, seed,
        };
        command.SetAction(parse =>
        {
            var outcome = Run(parse.GetValue(mode)!, parse.GetValue(games), parse.GetValue(seed));
            Console.Out.WriteLine(JsonSerializer.Serialize(outcome, CliJson.Options));
            return outcome.Finished == outcome.Games ? 0 : 1;
        });
        return command;
    }

    private static SimulateOutcome Run(string modeName, int games, ulong seed)
    {
        var settings = new GameSettings(Modes[modeName]);
        var started = Stopwatch.GetTimestamp();
        var summary = Simulator.Run(settings, seed, games);
        var elapsed = Stopwatch.GetElapsedTime(started);
        int WinsOf(string side) => summary.Wins.GetValueOrDefault(side);

        // Loyalists win exactly when the lord's side wins; both keys are printed so every role can be read off.
        var wins = new RoleWins(WinsOf("Lord"), WinsOf("Lord"), WinsOf("Rebels"), WinsOf("Renegade"));
        return new SimulateOutcome(
            modeName,
            seed,
            summary.Games,
            summary.Finished,
            summary.Draws,
            wins,
            Math.Round(summary.AverageTurns, 2),
            Math.Round(elapsed.TotalMilliseconds, 1),
            Math.Round(games / Math.Max(elapsed.TotalSeconds, 1e-9), 1),
            summary.StateHash.ToString("x16", CultureInfo.InvariantCulture));
    }

    private sealed record RoleWins(int Lord, int Loyalist, int Rebel, int Renegade);

    private sealed record SimulateOutcome(
        string Mode,
        ulong Seed,
        int Games,
        int Finished,
        int Draws,
        RoleWins Wins,
        double AverageTurns,
        double ElapsedMs,
        double GamesPerSecond,
        string StateHash);
}
