using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Simulation;
using SanguoOrleans.Game.Skills;

namespace SanguoOrleans.Cli.Commands;

/// <summary><c>sanguo simulate</c>: plays AI games with the rules engine and prints one JSON summary line.</summary>
internal static class SimulateCommand
{
    private static readonly Dictionary<string, GameMode> Modes = new(StringComparer.Ordinal)
    {
        ["identity5"] = GameMode.Identity5,
        ["identity8"] = GameMode.Identity8,
        ["identity8d"] = GameMode.Identity8DoubleRenegade,
        ["identity8-double"] = GameMode.Identity8DoubleRenegade,
        ["doubles"] = GameMode.Doubles,
        ["1v1"] = GameMode.OneVsOne,
    };

    public static Command Create()
    {
        var mode = new Option<string>("--mode")
        {
            Description = "Table mode: identity5 (5 players, 108 cards), identity8 (8 players, 160 cards), identity8d (8 players, two renegades; also identity8-double), doubles (2v2, 160 cards) or 1v1 (three heroes each, 108 cards).",
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
        var heroes = new Option<string>("--heroes")
        {
            Description = "standard (the standard heroes with their skills) or none (the same heroes without any skill).",
            DefaultValueFactory = _ => "standard",
        };
        heroes.AcceptOnlyFromAmong("standard", "none");
        var heroPick = new Option<string>("--hero-pick")
        {
            Description = "ai (each AI takes the strongest hero offered, by its strength table) or random (uniform from each offer: every hero plays about as often, for balance tables).",
            DefaultValueFactory = _ => "ai",
        };
        heroPick.AcceptOnlyFromAmong("ai", "random");
        var heroStats = new Option<bool>("--hero-stats") { Description = "Add games played, won and the win rate of every hero, strongest first." };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the batch; the same seed plays the same games and gives the same hash.", DefaultValueFactory = _ => 1UL };
        var command = new Command(
            "simulate",
            "Plays AI games and prints one JSON line: games, finished, draws, wins per role or side, average turns, invariant failures, games per second and a hash over every final state.")
        {
            mode, games, seed, heroes, heroPick, heroStats,
        };
        command.SetAction(parse =>
        {
            var outcome = Run(parse.GetValue(mode)!, parse.GetValue(games), parse.GetValue(seed), parse.GetValue(heroes) == "none", parse.GetValue(heroPick) == "random", parse.GetValue(heroStats));
            Console.Out.WriteLine(JsonSerializer.Serialize(outcome, CliJson.Options));
            return outcome.Finished == outcome.Games && outcome.InvariantFailures == 0 ? 0 : 1;
        });
        return command;
    }

    private static SimulateOutcome Run(string modeName, int games, ulong seed, bool plainHeroes, bool randomHeroes, bool heroStats)
    {
        var settings = new GameSettings(Modes[modeName]);
        var started = Stopwatch.GetTimestamp();
        var summary = Simulator.Run(settings, seed, games, plainHeroes ? () => new SkillRegistry() : null, randomHeroes);
        var elapsed = Stopwatch.GetElapsedTime(started);
        int WinsOf(string side) => summary.Wins.GetValueOrDefault(side);

        // Loyalists win exactly when the lord's side wins; both keys are printed so every role can be read off.
        // Team modes count wins per side instead (side 0 takes the first turn).
        var wins = settings.IsTeamMode ? null : new RoleWins(WinsOf("Lord"), WinsOf("Lord"), WinsOf("Rebels"), WinsOf("Renegade"));
        var sides = settings.TeamRules is { } teams
            ? Enumerable.Range(0, teams.SideSizes.Count).Select(side => WinsOf("Side" + side)).ToArray()
            : null;
        var table = heroStats
            ? summary.Heroes.Select(h => new HeroLine(h.Key, h.Value.Played, h.Value.Won, Math.Round(h.Value.WinRate, 4)))
                .OrderByDescending(h => h.WinRate).ThenBy(h => h.Hero, StringComparer.Ordinal).ToArray()
            : null;
        return new SimulateOutcome(
            modeName,
            plainHeroes ? "none" : "standard",
            randomHeroes ? "random" : "ai",
            seed,
            summary.Games,
            summary.Finished,
            summary.Draws,
            summary.InvariantFailures,
            wins,
            sides,
            Math.Round(summary.AverageTurns, 2),
            Math.Round(elapsed.TotalMilliseconds, 1),
            Math.Round(games / Math.Max(elapsed.TotalSeconds, 1e-9), 1),
            summary.StateHash.ToString("x16", CultureInfo.InvariantCulture),
            table);
    }

    private sealed record RoleWins(int Lord, int Loyalist, int Rebel, int Renegade);

    private sealed record HeroLine(string Hero, int Played, int Won, double WinRate);

    private sealed record SimulateOutcome(
        string Mode,
        string Heroes,
        string HeroPick,
        ulong Seed,
        int Games,
        int Finished,
        int Draws,
        int InvariantFailures,
        RoleWins? Wins,
        IReadOnlyList<int>? SideWins,
        double AverageTurns,
        double ElapsedMs,
        double GamesPerSecond,
        string StateHash,
        IReadOnlyList<HeroLine>? HeroStats);
}
