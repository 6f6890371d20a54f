namespace SanguoOrleans.Grains.Interfaces.Ladder.Ratings;

/// <summary>One player's rated result of one ranked table, applied once per table id.</summary>
/// <param name="TableId">The table: the operation id that makes a repeated report change nothing.</param>
/// <param name="Season">The season the rating before the game belonged to.</param>
/// <param name="Mu">The new mean, from the rating model (before any escape penalty).</param>
/// <param name="Sigma">The new uncertainty.</param>
/// <param name="Outcome">Won, lost or drawn, for the stars.</param>
/// <param name="Escaped">The player left before the end: a loss, a rating penalty and a queue cooldown.</param>
[GenerateSerializer, Immutable, Alias("sanguo.LadderResult")]
public sealed record LadderResult(string TableId, int Season, double Mu, double Sigma, LadderOutcome Outcome, bool Escaped);
