namespace SanguoOrleans.Grains.Interfaces.Ladder;

/// <summary>A user's place in one ladder's queue.</summary>
/// <param name="Ladder">The ladder's name.</param>
/// <param name="State">Idle, queued or matched.</param>
/// <param name="Team">Everyone on the user's ticket (the user alone, or the premade team).</param>
/// <param name="QueuedAt">When the ticket entered the queue (kept when it is put back after a failed match).</param>
/// <param name="Window">The rating spread the ticket accepts now.</param>
/// <param name="TableId">The ranked table of the match, once made.</param>
/// <param name="Waiting">Tickets waiting in this queue.</param>
/// <param name="PendingInvitesFrom">Users whose invitation to team up the user has not answered.</param>
[GenerateSerializer, Immutable, Alias("sanguo.LadderStatus")]
public sealed record LadderStatus(
    string Ladder,
    LadderQueueState State,
    IReadOnlyList<Guid> Team,
    DateTimeOffset? QueuedAt,
    double Window,
    string? TableId,
    int Waiting,
    IReadOnlyList<Guid> PendingInvitesFrom);
