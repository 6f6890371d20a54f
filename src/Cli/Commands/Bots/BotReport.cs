namespace SanguoOrleans.Cli.Commands.Bots;

/// <summary>The one line <c>sanguo bots</c> prints.</summary>
public sealed record BotReport(
    int Clients,
    string Mode,
    double DurationS,
    int GamesFinished,
    long Decisions,
    double DecisionsPerSecond,
    double DecisionRttP50Ms,
    double DecisionRttP99Ms,
    long Errors,
    IReadOnlyList<string> ErrorSamples);
