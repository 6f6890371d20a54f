namespace SanguoOrleans.Grains.Interfaces.Ladder;

/// <summary>
/// What a connection knows of a ticket it queued, sent with each renewal so a queue that lost its tickets (its silo
/// died) can put the ticket back as it was.
/// </summary>
/// <param name="Team">Everyone on the ticket, in the order the queue listed them (the player alone, or the premade team).</param>
/// <param name="QueuedAt">When the ticket first entered the queue: the player keeps his place and his widened window.</param>
[GenerateSerializer, Immutable, Alias("sanguo.LadderRenewal")]
public sealed record LadderRenewal(IReadOnlyList<Guid> Team, DateTimeOffset QueuedAt);
