namespace SanguoOrleans.Grains.Interfaces.Ladder;

/// <summary>A ladder event pushed to one player's connection.</summary>
/// <param name="Ladder">The ladder's name.</param>
/// <param name="Kind">What happened.</param>
/// <param name="From">The other user, for invitations.</param>
/// <param name="TableId">The ranked table, for a found match.</param>
/// <param name="Seat">The player's seat at that table.</param>
[GenerateSerializer, Immutable, Alias("sanguo.LadderNotice")]
public sealed record LadderNotice(string Ladder, LadderNoticeKind Kind, Guid? From = null, string? TableId = null, int? Seat = null);
