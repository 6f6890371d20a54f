using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Ladder;
using SanguoOrleans.Grains.Interfaces.Users;
using SanguoOrleans.Grains.Ladder.Matching;

namespace SanguoOrleans.Grains.Ladder;

/// <summary>Team invitations between online users: an accepted one queues the two as one ticket.</summary>
internal sealed partial class LadderQueueGrain
{
    // Keyed by (invitee, inviter); the value is when it was sent.
    private readonly Dictionary<(Guid Invitee, Guid Inviter), DateTimeOffset> _invites = [];

    public async Task<Outcome<LadderStatus>> InviteAsync(Guid user, Guid invitee)
    {
        if (Routes && user != invitee)
        {
            return await RouteInviteAsync(user, invitee);
        }

        if (_matcher.Rules.MaxPartySize < 2)
        {
            return Refuse(RefusalCode.InvalidArgument, $"The {Ladder} ladder has no teams.");
        }

        if (user == invitee)
        {
            return Refuse(RefusalCode.InvalidArgument, "Invite someone else.");
        }

        if ((CheckFree(user) ?? CheckFree(invitee)) is { } busy)
        {
            return Outcome.Refused<LadderStatus>(busy);
        }

        var delivered = await GrainFactory.GetGrain<IUserGrain>(invitee).NotifyLadderAsync(new LadderNotice(Ladder, LadderNoticeKind.Invited, From: user));
        if (!delivered)
        {
            return Refuse(RefusalCode.UserOffline, "The invited user is not online.");
        }

        _invites[(invitee, user)] = _clock.GetUtcNow();
        return Outcome.Success(Status(user));
    }

    public async Task<Outcome<LadderStatus>> AcceptAsync(Guid user, Guid inviter)
    {
        if (RouteOf(user) is { } band)
        {
            return await band.AcceptAsync(user, inviter);
        }

        if (!TakeInvite(user, inviter))
        {
            return Refuse(RefusalCode.NoSuchInvitation, "No open invitation from that user.");
        }

        if ((CheckFree(user) ?? CheckFree(inviter)) is { } busy)
        {
            return Outcome.Refused<LadderStatus>(busy);
        }

        var team = new[] { inviter, user };
        foreach (var member in team)
        {
            var grain = GrainFactory.GetGrain<IUserGrain>(member);
            if (await grain.GetCurrentTableAsync() is { } table)
            {
                return Refuse(RefusalCode.AlreadyAtAnotherTable, $"A team member is at table {table}.");
            }

            if (!await grain.IsOnlineAsync())
            {
                return Refuse(RefusalCode.UserOffline, "A team member is not online.");
            }
        }

        var ratings = await Task.WhenAll(team.Select(RatingAsync));
        if ((CheckFree(user) ?? CheckFree(inviter)) is { } raced)
        {
            return Outcome.Refused<LadderStatus>(raced);
        }

        // Both are spoken for now: every other invitation to or from either of them lapses.
        foreach (var key in _invites.Keys.Where(k => team.Contains(k.Invitee) || team.Contains(k.Inviter)).ToList())
        {
            _invites.Remove(key);
        }

        Queue(new MatchTicket(++_lastTicketId, team, ratings.Average(), Now));
        await NotifyAsync([inviter], new LadderNotice(Ladder, LadderNoticeKind.InviteAccepted, From: user));
        return Outcome.Success(Status(user));
    }

    public async Task<Outcome<LadderStatus>> DeclineAsync(Guid user, Guid inviter)
    {
        if (RouteOf(user) is { } band)
        {
            return await band.DeclineAsync(user, inviter);
        }

        if (!TakeInvite(user, inviter))
        {
            return Refuse(RefusalCode.NoSuchInvitation, "No open invitation from that user.");
        }

        await NotifyAsync([inviter], new LadderNotice(Ladder, LadderNoticeKind.InviteDeclined, From: user));
        return Outcome.Success(Status(user));
    }

    private bool TakeInvite(Guid invitee, Guid inviter) =>
        _invites.Remove((invitee, inviter), out var sentAt) && sentAt + _options.InviteLifetime > _clock.GetUtcNow();

    private List<Guid> PendingInvitesFor(Guid user) =>
        [.. _invites.Where(i => i.Key.Invitee == user).Select(i => i.Key.Inviter)];

    private void PruneInvites()
    {
        if (_invites.Count == 0)
        {
            return;
        }

        var oldest = _clock.GetUtcNow() - _options.InviteLifetime;
        foreach (var (key, sentAt) in _invites)
        {
            if (sentAt <= oldest)
            {
                _invites.Remove(key);
            }
        }
    }
}
