namespace SanguoOrleans.Game.Simulation;

/// <summary>Aggregate of a batch of AI games.</summary>
/// <param name="Games">Games played.</param>
/// <param name="Finished">Games that reached a result.</param>
/// <param name="Draws">Games that ended in a draw.</param>
/// <param name="Wins">Wins per side name (Lord, Rebels, Renegade).</param>
/// <param name="AverageTurns">Mean number of turns.</param>
/// <param name="StateHash">Hash over every final state: the same seed gives the same hash.</param>
public sealed record SimulationSummary(int Games, int Finished, int Draws, IReadOnlyDictionary<string, int> Wins, double AverageTurns, ulong StateHash);
