namespace SanguoOrleans.Grains.Interfaces.Ladder.Ratings;

/// <summary>
/// Ladder ids and the grain keys derived from them. A ladder id names one rated pool ("identity5", "identity8",
/// "doubles"…); every grain of the ladder is keyed from it.
/// </summary>
public static class LadderIds
{
    /// <summary>The longest ladder id accepted.</summary>
    public const int MaxLength = 24;

    /// <summary>Ladders whose id starts with this rate teams (seats grouped by role, as in 2v2 doubles).</summary>
    public const string TeamLadderPrefix = "doubles";

    /// <summary>The grain type of the ladder's result listener (see <see cref="ResultListenerKey"/>).</summary>
    public const string ResultsGrainType = "ladder-results";

    /// <summary>Whether <paramref name="ladderId"/> has 1 to 24 lower-case letters, digits or '-'.</summary>
    public static bool IsValid(string? ladderId) =>
        ladderId is { Length: > 0 and <= MaxLength } && ladderId.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>Whether the ladder rates teams of two (doubles) rather than each seat alone.</summary>
    public static bool RatesTeams(string ladderId) => ladderId.StartsWith(TeamLadderPrefix, StringComparison.Ordinal);

    /// <summary>
    /// The <see cref="Tables.RankedTableRequest.ListenerKey"/> of ranked tables on this ladder: a full grain id,
    /// "ladder-results/{ladderId}", so tables reach the ladder whatever else implements the listener interface.
    /// </summary>
    public static string ResultListenerKey(string ladderId) => $"{ResultsGrainType}/{ladderId}";

    /// <summary>The key of one player's <see cref="ILadderPlayerGrain"/> on a ladder.</summary>
    public static string PlayerKey(string ladderId, Guid userId) => $"{ladderId}:{userId:N}";

    /// <summary>The key of a ladder's <see cref="ILeaderboardGrain"/> for one season.</summary>
    public static string LeaderboardKey(string ladderId, int season) => $"{ladderId}:s{season}";
}
