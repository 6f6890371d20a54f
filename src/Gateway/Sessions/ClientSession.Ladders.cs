using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Ladder;
using SanguoOrleans.Protocol;
using LadderNotice = SanguoOrleans.Protocol.LadderNotice;
using LadderNoticeKind = SanguoOrleans.Protocol.LadderNoticeKind;

namespace SanguoOrleans.Gateway.Sessions;

/// <summary>
/// The ladders this connection queued for. Each refresh renews their tickets, so a queue that lost its silo takes
/// them back and a queue whose player is gone (no renewals) drops them.
/// </summary>
internal sealed partial class ClientSession
{
    private readonly Dictionary<string, LadderRenewal> _ladders = new(StringComparer.Ordinal);

    /// <summary>Remembers a ticket the queue acknowledged (joined, or a team invitation accepted).</summary>
    public void Queued(string ladder, LadderRenewal ticket)
    {
        lock (_ladders)
        {
            _ladders[LadderOf(ladder)] = ticket;
        }
    }

    /// <summary>Forgets a ticket that left the queue (left, matched, dropped).</summary>
    public void NotQueued(string ladder)
    {
        lock (_ladders)
        {
            _ladders.Remove(LadderOf(ladder));
        }
    }

    /// <summary>The ladders this connection holds a ticket in.</summary>
    public IReadOnlyCollection<string> QueuedLadders()
    {
        lock (_ladders)
        {
            return [.. _ladders.Keys];
        }
    }

    /// <summary>
    /// Renews every ticket through the ladder's own queue (which routes to the band); a refused renewal means the
    /// ticket is gone for good (the queue told the player), so it is forgotten.
    /// </summary>
    public async Task RenewLaddersAsync()
    {
        if (UserId is not { } user)
        {
            return;
        }

        KeyValuePair<string, LadderRenewal>[] tickets;
        lock (_ladders)
        {
            tickets = [.. _ladders];
        }

        await Task.WhenAll(tickets.Select(async pair =>
        {
            var renewed = await grains.GetGrain<ILadderQueueGrain>(pair.Key).RenewAsync(user, pair.Value).ConfigureAwait(false);
            if (renewed.Refusal is { } refusal && ForgetIfUnchanged(pair.Key, pair.Value) && refusal.Code != RefusalCode.NotQueued)
            {
                // The connection says it: the queue's own push would go through the user grain, which may have lost this connection too.
                Queue.TryPush(new ServerMessage { LadderNotice = new LadderNotice { Ladder = pair.Key, Kind = LadderNoticeKind.Dropped } });
            }
        })).ConfigureAwait(false);
    }

    private void ForgetLadders()
    {
        lock (_ladders)
        {
            _ladders.Clear();
        }
    }

    // A join answered while the renewal was under way holds a newer ticket: that one stays.
    private bool ForgetIfUnchanged(string ladder, LadderRenewal ticket)
    {
        lock (_ladders)
        {
            return _ladders.TryGetValue(ladder, out var current) && ReferenceEquals(current, ticket) && _ladders.Remove(ladder);
        }
    }

    // Band queues name themselves "doubles/b2"; the connection renews through the ladder itself.
    private static string LadderOf(string queue) => queue.Split('/')[0];
}
