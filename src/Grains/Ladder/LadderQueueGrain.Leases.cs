using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Ladder;
using SanguoOrleans.Grains.Interfaces.Users;
using SanguoOrleans.Grains.Ladder.Matching;

namespace SanguoOrleans.Grains.Ladder;

/// <summary>
/// Ticket leases: each queued player's connection renews his ticket every refresh period. A renewal the activation
/// cannot place (it began after the ticket was queued: the silo holding the queue died) puts the ticket back with its
/// original queue time, so nothing acknowledged is lost; a ticket nobody renews for <see cref="LadderQueueOptions.TicketLease"/>
/// belongs to a player who is gone, and is dropped so it no longer blocks a match.
/// </summary>
internal sealed partial class LadderQueueGrain
{
    // When each queued player's connection last renewed his ticket.
    private readonly Dictionary<Guid, DateTimeOffset> _leases = [];

    // Players whose ticket left this activation (left, dropped, matched) and when: their renewals put nothing back.
    private readonly Dictionary<Guid, DateTimeOffset> _ended = [];

    public async Task<Outcome<LadderStatus>> RenewAsync(Guid user, LadderRenewal ticket)
    {
        if (Routes)
        {
            // A routing queue that lost its routes finds the band again from the rating, as a join does.
            var band = RouteOf(user) ?? await BandOfAsync(user);
            var renewed = await band.RenewAsync(user, ticket);
            if (renewed.Ok)
            {
                _routes[user] = band;
            }

            return renewed;
        }

        if (_queued.ContainsKey(user))
        {
            _leases[user] = _clock.GetUtcNow();
            return Outcome.Success(Status(user));
        }

        // The player was told when the ticket left (match_found, dropped); a renewal crossing that notice changes nothing.
        if (_matched.ContainsKey(user) || _ended.ContainsKey(user) || ticket.QueuedAt >= _epoch)
        {
            return Refuse(RefusalCode.NotQueued, "The ticket has left the queue.");
        }

        return await RebuildAsync(user, ticket);
    }

    /// <summary>
    /// Puts back a ticket this activation lost, after the checks of a join for every member. A team comes back whole
    /// from one member's renewal; the other member's lease starts now, so if his connection is gone too the ticket
    /// drops once that lease runs out.
    /// </summary>
    private async Task<Outcome<LadderStatus>> RebuildAsync(Guid user, LadderRenewal ticket)
    {
        var team = ticket.Team.Distinct().ToList();
        if (!team.Contains(user) || team.Count > _matcher.Rules.MaxPartySize)
        {
            return Refuse(RefusalCode.InvalidArgument, "The renewed ticket does not fit this queue.");
        }

        if (team.Select(CheckFree).FirstOrDefault(r => r is not null) is { } busy)
        {
            return Outcome.Refused<LadderStatus>(busy);
        }

        foreach (var member in team)
        {
            var grain = GrainFactory.GetGrain<IUserGrain>(member);
            if (await grain.GetCurrentTableAsync() is { } table)
            {
                return Refuse(RefusalCode.AlreadyAtAnotherTable, $"A player of the ticket is at table {table}.");
            }

            if (!await grain.IsOnlineAsync())
            {
                return Refuse(RefusalCode.UserOffline, "A player of the ticket is not online.");
            }

            if (await PlayerOf(member).GetQueueCooldownAsync() is { Ticks: > 0 })
            {
                return Refuse(RefusalCode.QueueCooldown, "A player of the ticket escaped a ranked game since it was queued.");
            }
        }

        var ratings = await Task.WhenAll(team.Select(RatingAsync));
        if (team.Select(CheckFree).FirstOrDefault(r => r is not null) is { } raced)
        {
            return Outcome.Refused<LadderStatus>(raced);
        }

        var queuedAt = ticket.QueuedAt < _clock.GetUtcNow() ? ticket.QueuedAt : _clock.GetUtcNow();
        Queue(new MatchTicket(++_lastTicketId, team, ratings.Average(), queuedAt - _epoch));
        LogRebuilt(_logger, Ladder, team.Count);
        return Outcome.Success(Status(user));
    }

    /// <summary>Drops every ticket a member of which has not renewed within the lease, and tells its players.</summary>
    private async Task ExpireLeasesAsync()
    {
        // Every tick on every queued player: one pass over the leases, allocating only when one lapsed.
        var oldest = _clock.GetUtcNow() - _options.TicketLease;
        List<MatchTicket>? lapsed = null;
        foreach (var (member, renewed) in _leases)
        {
            if (renewed < oldest && _queued.TryGetValue(member, out var ticket) && lapsed?.Contains(ticket) != true)
            {
                (lapsed ??= []).Add(ticket);
            }
        }

        if (lapsed is null)
        {
            return;
        }

        foreach (var ticket in lapsed)
        {
            _matcher.Remove(ticket.Id);
            Unqueue(ticket);
        }

        LogLeaseLapsed(_logger, Ladder, lapsed.Count);
        await NotifyAsync(lapsed.SelectMany(t => t.Members), new LadderNotice(Ladder, LadderNoticeKind.Dropped));
    }
}
