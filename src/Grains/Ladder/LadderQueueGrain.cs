using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Ladder;
using SanguoOrleans.Grains.Interfaces.Ladder.Ratings;
using SanguoOrleans.Grains.Interfaces.Users;
using SanguoOrleans.Grains.Ladder.Matching;

namespace SanguoOrleans.Grains.Ladder;

/// <summary>
/// One ladder's queue. Tickets and invitations live in this activation's memory, tickets under a lease their
/// connections renew (see the Leases part); a grain timer runs the <see cref="LadderMatcher"/> every tick and turns its
/// matches into ranked tables. Calls wait while a tick makes its tables, so nobody leaves a match half made.
/// </summary>
internal sealed partial class LadderQueueGrain : Grain, ILadderQueueGrain
{
    private static readonly TimeSpan MatchedKept = TimeSpan.FromMinutes(10);

    private readonly LadderQueueOptions _options;
    private readonly IRankedTableMaker _tables;
    private readonly TimeProvider _clock;
    private readonly ILogger<LadderQueueGrain> _logger;
    private readonly Dictionary<Guid, MatchTicket> _queued = [];
    private readonly Dictionary<Guid, (string TableId, DateTimeOffset At)> _matched = [];
    private readonly QueueStats _stats = new();
    private LadderType _type = null!;
    private LadderMatcher _matcher = null!;
    private DateTimeOffset _epoch;
    private long _lastTicketId;

    public LadderQueueGrain(IOptions<LadderQueueOptions> options, IRankedTableMaker tables, TimeProvider clock, ILogger<LadderQueueGrain> logger)
    {
        _options = options.Value;
        _tables = tables;
        _clock = clock;
        _logger = logger;
    }

    private string Ladder => this.GetPrimaryKeyString();

    /// <summary>The matcher's clock: time since this activation began.</summary>
    private TimeSpan Now => _clock.GetUtcNow() - _epoch;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _type = LadderTypes.Find(Ladder) ?? throw new InvalidOperationException($"No ladder is named '{Ladder}'.");
        var rules = _options.AiFillAfter is { } aiFill ? _type.Rules with { AiFillAfter = aiFill } : _type.Rules;
        _matcher = new LadderMatcher(rules);
        _epoch = _clock.GetUtcNow();
        ReadBands();
        this.RegisterGrainTimer(static (grain, _) => grain.TickAsync(), this, new GrainTimerCreationOptions(_options.TickInterval, _options.TickInterval) { KeepAlive = true });
        return base.OnActivateAsync(cancellationToken);
    }

    public async Task<Outcome<LadderStatus>> EnqueueAsync(Guid user)
    {
        if (Routes)
        {
            return await RouteEnqueueAsync(user);
        }

        if (CheckFree(user) is { } busy)
        {
            return Outcome.Refused<LadderStatus>(busy);
        }

        var grain = GrainFactory.GetGrain<IUserGrain>(user);
        if (await grain.GetCurrentTableAsync() is { } table)
        {
            return Refuse(RefusalCode.AlreadyAtAnotherTable, $"You are at table {table}; leave it first.");
        }

        if (!await grain.IsOnlineAsync())
        {
            return Refuse(RefusalCode.UserOffline, "Only an online user queues.");
        }

        if (await PlayerOf(user).GetQueueCooldownAsync() is { Ticks: > 0 } cooldown)
        {
            return Refuse(RefusalCode.QueueCooldown, $"You escaped a ranked game: you may queue again in {Math.Ceiling(cooldown.TotalMinutes)} min.");
        }

        var rating = await RatingAsync(user);
        if (CheckFree(user) is { } raced)
        {
            return Outcome.Refused<LadderStatus>(raced);
        }

        Queue(new MatchTicket(++_lastTicketId, [user], rating, Now));
        return Outcome.Success(Status(user));
    }

    public async Task<Outcome<LadderStatus>> LeaveAsync(Guid user)
    {
        if (RouteOf(user) is { } band)
        {
            return await band.LeaveAsync(user);
        }

        if (!_queued.TryGetValue(user, out var ticket))
        {
            return Refuse(RefusalCode.NotQueued, "You are not waiting in this queue.");
        }

        _matcher.Remove(ticket.Id);
        Unqueue(ticket);
        await NotifyAsync(ticket.Members.Where(m => m != user), new LadderNotice(Ladder, LadderNoticeKind.Dropped, From: user));
        return Outcome.Success(Status(user));
    }

    public Task<LadderStatus> GetStatusAsync(Guid user) => RouteOf(user) is { } band ? band.GetStatusAsync(user) : Task.FromResult(Status(user));

    public Task<LadderQueueStats> GetStatsAsync() => Task.FromResult(_stats.Snapshot(_matcher.Count));

    private async Task TickAsync()
    {
        await ExpireLeasesAsync();
        var watch = Stopwatch.StartNew();
        var now = Now;
        var queued = _matcher.Count;
        var result = _matcher.Tick(now);
        _stats.LastTick = watch.Elapsed;
        PruneInvites();
        PruneMatched();
        foreach (var expired in result.Expired)
        {
            Unqueue(expired);
        }

        await Task.WhenAll(result.Expired.Select(t => NotifyAsync(t.Members, new LadderNotice(Ladder, LadderNoticeKind.Dropped)))
            .Concat(result.Matches.Select(m => SettleAsync(m, now, queued))));
    }

    private void Queue(MatchTicket ticket)
    {
        _matcher.Add(ticket);
        var at = _clock.GetUtcNow();
        foreach (var member in ticket.Members)
        {
            _queued[member] = ticket;
            _leases[member] = at;
            _matched.Remove(member);
            _ended.Remove(member);
        }
    }

    private void Unqueue(MatchTicket ticket)
    {
        var at = _clock.GetUtcNow();
        foreach (var member in ticket.Members)
        {
            _queued.Remove(member);
            _leases.Remove(member);
            _ended[member] = at;
        }
    }

    private void PruneMatched()
    {
        var oldest = _clock.GetUtcNow() - MatchedKept;
        foreach (var (user, match) in _matched)
        {
            if (match.At < oldest)
            {
                _matched.Remove(user);
            }
        }

        foreach (var (user, at) in _ended)
        {
            if (at < oldest)
            {
                _ended.Remove(user);
            }
        }
    }

    /// <summary>Refused when the user is queued already.</summary>
    private Refusal? CheckFree(Guid user) =>
        _queued.ContainsKey(user) ? new Refusal(RefusalCode.AlreadyQueued, "Already waiting in this queue.") : null;

    /// <summary>
    /// The rating a user is matched by: the μ of their ladder record. The one place that reads ratings, so a
    /// per-ladder rating store replaces only this.
    /// </summary>
    private ILadderPlayerGrain PlayerOf(Guid user) => GrainFactory.GetGrain<ILadderPlayerGrain>(LadderIds.PlayerKey(_type.Name, user));

    private async Task<double> RatingAsync(Guid user) => (await PlayerOf(user).GetStandingAsync()).Mu;

    private LadderStatus Status(Guid user)
    {
        var invites = PendingInvitesFor(user);
        if (_queued.TryGetValue(user, out var ticket))
        {
            var wait = ticket.WaitAt(Now);
            return new LadderStatus(Ladder, LadderQueueState.Queued, ticket.Members, _epoch + ticket.EnqueuedAt, _matcher.Rules.Window(wait), null, _matcher.Count, invites);
        }

        return _matched.TryGetValue(user, out var match)
            ? new LadderStatus(Ladder, LadderQueueState.Matched, [user], null, 0, match.TableId, _matcher.Count, invites)
            : new LadderStatus(Ladder, LadderQueueState.Idle, [], null, 0, null, _matcher.Count, invites);
    }

    private Task<bool[]> NotifyAsync(IEnumerable<Guid> users, LadderNotice notice) =>
        Task.WhenAll(users.Select(u => GrainFactory.GetGrain<IUserGrain>(u).NotifyLadderAsync(notice)));

    private Outcome<LadderStatus> Refuse(RefusalCode code, string message)
    {
        LogRefused(_logger, Ladder, code, message);
        return Outcome.Refused<LadderStatus>(code, message);
    }
}
