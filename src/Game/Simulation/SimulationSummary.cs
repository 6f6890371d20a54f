namespace SanguoOrleans.Game.Simulation;

/// <summary>Aggregate of a batch of AI games.</summary>
/// <param name="Games">Games played.</param>
/// <param name="Finished">Games that reached a result.</param>
/// <param name="Draws">Games that ended in a draw.</param>
/// <param name="Wins">Wins per side name (Lord, Rebels, Renegade; Side0, Side1, … in team modes).</param>
/// <param name="AverageTurns">Mean number of turns.</param>
/// <param name="StateHash">Hash over every final state: the same seed gives the same hash.</param>
/// <param name="Heroes">Games played and won per hero id.</param>
/// <param name="InvariantFailures">Games whose final state broke an invariant (cards lost or doubled, HP out of bounds).</param>
public sealed record SimulationSummary(
    int Games,
    int Finished,
    int Draws,
    IReadOnlyDictionary<string, int> Wins,
    double AverageTurns,
    ulong StateHash,
    IReadOnlyDictionary<string, HeroRecord> Heroes,
    int InvariantFailures);
