namespace SanguoOrleans.Grains.Interfaces.Ladder;

/// <summary>
/// One ladder's queue (key: a <see cref="LadderNames"/> name, or <see cref="LadderNames.QueueKey"/> for a separate
/// queue of the same ladder, such as one rating band). Every second it matches tickets by rating with a
/// window that widens with waiting, makes a ranked table for each match and tells the players. Tickets live in
/// memory under a lease their connections renew (<see cref="RenewAsync"/>): a queue that lost its silo takes them back
/// at the next renewal, and a ticket nobody renews is dropped.
/// Callers pass the acting user's id; the gateway vouches for it.
/// </summary>
public interface ILadderQueueGrain : IGrainWithStringKey
{
    /// <summary>Queues the user alone; refused when queued already, at a table, or offline.</summary>
    Task<Outcome<LadderStatus>> EnqueueAsync(Guid user);

    /// <summary>Leaves the queue (with the whole team) any time before a match is found.</summary>
    Task<Outcome<LadderStatus>> LeaveAsync(Guid user);

    /// <summary>The user's place in the queue.</summary>
    Task<LadderStatus> GetStatusAsync(Guid user);

    /// <summary>Invites an online user to queue together as a premade team (doubles); the invitation lasts a minute.</summary>
    Task<Outcome<LadderStatus>> InviteAsync(Guid user, Guid invitee);

    /// <summary>Accepts <paramref name="inviter"/>'s invitation: the two queue as one ticket.</summary>
    Task<Outcome<LadderStatus>> AcceptAsync(Guid user, Guid inviter);

    /// <summary>Declines <paramref name="inviter"/>'s invitation.</summary>
    Task<Outcome<LadderStatus>> DeclineAsync(Guid user, Guid inviter);

    /// <summary>
    /// Renews the lease of the user's ticket; a ticket this activation never held (the queue lost its silo) is put back
    /// with its original queue time after the checks of a join. Refused when the ticket cannot be kept: then the
    /// connection stops renewing it and, unless the refusal is <see cref="RefusalCode.NotQueued"/> (the ticket left the
    /// queue and the player was told), tells its client the ticket was dropped.
    /// </summary>
    Task<Outcome<LadderStatus>> RenewAsync(Guid user, LadderRenewal ticket);

    /// <summary>Matching quality and size.</summary>
    Task<LadderQueueStats> GetStatsAsync();
}
