namespace SanguoOrleans.Grains.Interfaces.Ladder.Ratings;

/// <summary>
/// One player's record on one ladder (key <see cref="LadderIds.PlayerKey"/>): rating, tier and stars, escapes and
/// the queue cooldown. A new season's reset is applied at the player's first ladder call in that season, once.
/// </summary>
public interface ILadderPlayerGrain : IGrainWithStringKey
{
    /// <summary>The standing in the current season.</summary>
    Task<LadderStanding> GetStandingAsync();

    /// <summary>How long the ladder queue must still refuse this player (zero when free to queue).</summary>
    Task<TimeSpan> GetQueueCooldownAsync();

    /// <summary>
    /// The rating to rate <paramref name="tableId"/> from: the rating held before that table's result was applied
    /// when it was, else the current one. Retried reports thus compute the same update.
    /// </summary>
    Task<LadderStanding> GetStandingBeforeAsync(string tableId);

    /// <summary>Applies one table's result once: a repeated table id returns the standing without changing it.</summary>
    Task<Outcome<LadderStanding>> ApplyResultAsync(LadderResult result);
}
