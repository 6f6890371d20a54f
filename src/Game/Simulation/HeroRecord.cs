namespace SanguoOrleans.Game.Simulation;

/// <summary>How one hero fared in a batch of games.</summary>
/// <param name="Played">Games in which a player drafted the hero (a 1v1 player drafts three).</param>
/// <param name="Won">Of those, games that player's side won.</param>
public sealed record HeroRecord(int Played, int Won)
{
    /// <summary>Won / Played (0 when never played).</summary>
    public double WinRate => Played == 0 ? 0 : (double)Won / Played;
}
