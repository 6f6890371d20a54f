using SanguoOrleans.Game.Modes;
using SanguoOrleans.Grains.Interfaces.Ladder;
using SanguoOrleans.Grains.Interfaces.Ladder.Ratings;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Interfaces.Users;
using SanguoOrleans.Grains.Ladder.Matching;

namespace SanguoOrleans.Grains.Ladder;

internal sealed partial class LadderQueueGrain
{
    /// <summary>
    /// Turns a formed match into a ranked table, as the seed's center server did: every player must still be online
    /// (a vanished one drops out, the rest go back to their places); a table that cannot be made puts everyone back.
    /// </summary>
    private async Task SettleAsync(FormedMatch match, TimeSpan now, int queued)
    {
        foreach (var ticket in match.Tickets)
        {
            Unqueue(ticket);
        }

        var online = await Task.WhenAll(match.Players.Select(async p => (User: p, Online: await GrainFactory.GetGrain<IUserGrain>(p).IsOnlineAsync())));
        var vanished = online.Where(p => !p.Online).Select(p => p.User).ToHashSet();
        if (vanished.Count > 0)
        {
            LogVanished(_logger, Ladder, vanished.Count);
            await RequeueAsync(match.Tickets.Select(t => t with { Members = [.. t.Members.Where(m => !vanished.Contains(m))] }).Where(t => t.Size > 0));
            return;
        }

        var tableId = TableIds.New();
        var request = new RankedTableRequest(RankedSettings(), SeatsFor(match), _options.StartDelay, LadderIds.ResultListenerKey(_type.Name));
        string? failure;
        try
        {
            var created = await _tables.CreateAsync(tableId, request);
            failure = created.Refusal is { } refusal ? $"{refusal.Code} {refusal.Message}" : null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failure = e.Message;
        }

        if (failure is not null)
        {
            LogTableFailed(_logger, Ladder, tableId, failure);
            await RequeueAsync(match.Tickets);
            return;
        }

        _stats.Formed(match, now, queued);
        LogMatched(_logger, Ladder, tableId, match.Tickets.Count, match.AiSeats, match.Spread);
        var at = _clock.GetUtcNow();
        var seats = request.Players;
        await Task.WhenAll(match.Players.Select(p =>
        {
            _matched[p] = (tableId, at);
            var seat = IndexOf(seats, p);
            return GrainFactory.GetGrain<IUserGrain>(p).NotifyLadderAsync(new LadderNotice(Ladder, LadderNoticeKind.MatchFound, TableId: tableId, Seat: seat));
        }));
    }

    /// <summary>Puts tickets back with their ids and times, so they keep their places; tells their players.</summary>
    private async Task RequeueAsync(IEnumerable<MatchTicket> tickets)
    {
        var back = tickets.Where(t => t.Members.All(m => !_queued.ContainsKey(m))).ToList();
        foreach (var ticket in back)
        {
            Queue(ticket);
        }

        _stats.Requeued(back.Count);
        await NotifyAsync(back.SelectMany(t => t.Members), new LadderNotice(Ladder, LadderNoticeKind.Requeued));
    }

    private TableSettings RankedSettings()
    {
        var limits = _options.ActionSeconds is { } seconds
            ? new TimeLimits(TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(seconds))
            : null;
        return new TableSettings($"Ranked {_type.Name}", new GameSettings(_type.Mode), limits, Private: true);
    }

    /// <summary>
    /// The match lists its sides one after the other: a team mode seats each side where its seating puts it (2v2:
    /// seats 0 and 3 against 1 and 2); otherwise side by side, then AI in any seat the table has beyond them.
    /// </summary>
    private List<Guid?> SeatsFor(FormedMatch match)
    {
        var seats = match.Seats.Select(s => s.User).ToList();
        if (new GameSettings(_type.Mode).TeamRules is { } teams)
        {
            var taken = new int[teams.SideSizes.Count];
            return [.. teams.Seating.Select(side => seats[side * _type.Rules.SideSize + taken[side]++])];
        }

        while (seats.Count < _type.TableSeats)
        {
            seats.Add(null);
        }

        return seats;
    }

    private static int IndexOf(IReadOnlyList<Guid?> seats, Guid user)
    {
        for (var i = 0; i < seats.Count; i++)
        {
            if (seats[i] == user)
            {
                return i;
            }
        }

        return -1;
    }
}
