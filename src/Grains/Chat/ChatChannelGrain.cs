using Microsoft.Extensions.Logging;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Chat;
using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Grains.Chat;

/// <summary>
/// One chat channel. History and mutes are stored and outlive the activation and restarts: a mute is written before
/// it is confirmed; messages are written together a moment after they are said (and on deactivation), so a busy
/// channel costs one write per <see cref="HistoryFlushDelay"/>, and a crashed silo loses at most that much of its
/// chat. Listeners and the send-rate counters live in memory. Delivery is fire-and-forget per listener; a listener
/// whose connection is gone is dropped.
/// </summary>
internal sealed partial class ChatChannelGrain(
    [PersistentState("chat-channel", StorageNames.Default)] IPersistentState<ChatChannelState> storage,
    TimeProvider clock,
    ILogger<ChatChannelGrain> logger) : Grain, IChatChannelGrain
{
    /// <summary>How long new messages may wait before they are written.</summary>
    public static readonly TimeSpan HistoryFlushDelay = TimeSpan.FromSeconds(2);

    private readonly Dictionary<IChatObserver, Guid> _listeners = [];
    private readonly Dictionary<Guid, Queue<DateTimeOffset>> _recentSends = [];
    private IGrainTimer? _flushTimer;
    private bool _unsaved;

    private string Channel => this.GetPrimaryKeyString();

    private ChatChannelState State => storage.State;

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await FlushAsync();
        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    public async Task<Outcome<IReadOnlyList<ChatMessage>>> JoinAsync(Guid user, IChatObserver observer)
    {
        if (await AccessProblemAsync(user) is { } problem)
        {
            return Outcome.Refused<IReadOnlyList<ChatMessage>>(ChatRefusals.NotAllowed, problem);
        }

        _listeners[observer] = user;
        return Outcome.Success<IReadOnlyList<ChatMessage>>([.. State.History]);
    }

    public Task LeaveAsync(IChatObserver observer)
    {
        _listeners.Remove(observer);
        return Task.CompletedTask;
    }

    public async Task<Outcome<ChatMessage>> SendAsync(Guid user, string text)
    {
        var now = clock.GetUtcNow();
        if (string.IsNullOrWhiteSpace(text) || text.Length > ChatChannels.MaxMessageLength)
        {
            return Outcome.Refused<ChatMessage>(ChatRefusals.TooLong, $"A chat message has 1 to {ChatChannels.MaxMessageLength} characters.");
        }

        if (State.MutedUntil.TryGetValue(user, out var until) && until > now)
        {
            return Outcome.Refused<ChatMessage>(ChatRefusals.Muted, $"You are muted in this channel until {until:u}.");
        }

        if (await AccessProblemAsync(user) is { } problem)
        {
            return Outcome.Refused<ChatMessage>(ChatRefusals.NotAllowed, problem);
        }

        if (!TryCountSend(user, now))
        {
            return Outcome.Refused<ChatMessage>(ChatRefusals.TooFast, $"At most {ChatChannels.MessagesPerWindow} messages per {ChatChannels.RateWindow.TotalSeconds:0} s; wait a moment.");
        }

        var message = new ChatMessage(Channel, ++State.Seq, user, text, now);
        State.History.Add(message);
        if (State.History.Count > ChatChannels.HistorySize)
        {
            State.History.RemoveRange(0, State.History.Count - ChatChannels.HistorySize);
        }

        HistoryChanged();
        Deliver(message);
        return Outcome.Success(message);
    }

    public async Task<Outcome<IReadOnlyList<ChatMessage>>> HistoryAsync(Guid user) =>
        await AccessProblemAsync(user) is { } problem
            ? Outcome.Refused<IReadOnlyList<ChatMessage>>(ChatRefusals.NotAllowed, problem)
            : Outcome.Success<IReadOnlyList<ChatMessage>>([.. State.History]);

    public async Task<Outcome<DateTimeOffset>> MuteAsync(Guid user, TimeSpan duration, Guid? by)
    {
        if (duration < TimeSpan.Zero)
        {
            return Outcome.Refused<DateTimeOffset>(RefusalCode.InvalidArgument, "A mute lasts zero (lifted) or more seconds.");
        }

        if (by is { } caller && await OwnerAsync() != caller)
        {
            return Outcome.Refused<DateTimeOffset>(ChatRefusals.NotOwner, "Only the owner of the channel's table (or an operator) may mute here.");
        }

        var now = clock.GetUtcNow();
        var until = now + duration;
        var before = new Dictionary<Guid, DateTimeOffset>(State.MutedUntil);
        foreach (var expired in State.MutedUntil.Where(m => m.Value <= now).Select(m => m.Key).ToList())
        {
            State.MutedUntil.Remove(expired);
        }

        if (duration == TimeSpan.Zero)
        {
            State.MutedUntil.Remove(user);
        }
        else
        {
            State.MutedUntil[user] = until;
        }

        try
        {
            // A mute must hold once confirmed, even across a restart.
            await storage.WriteStateAsync();
            _unsaved = false;
        }
        catch (Exception e)
        {
            LogMuteWriteFailed(logger, Channel, e);
            State.MutedUntil = before;
            return Outcome.Refused<DateTimeOffset>(RefusalCode.StorageUnavailable, "The mute could not be saved; nothing changed. Retry.");
        }

        return Outcome.Success(until);
    }

    /// <summary>Makes sure a write of the new messages is coming.</summary>
    private void HistoryChanged()
    {
        _unsaved = true;
        _flushTimer ??= this.RegisterGrainTimer(
            static (grain, _) => grain.OnFlushTimerAsync(),
            this,
            new GrainTimerCreationOptions(HistoryFlushDelay, Timeout.InfiniteTimeSpan) { Interleave = false });
    }

    private async Task OnFlushTimerAsync()
    {
        _flushTimer?.Dispose();
        _flushTimer = null;
        if (!await FlushAsync())
        {
            // Still unsaved: try again one delay later.
            HistoryChanged();
        }
    }

    /// <summary>Writes unsaved messages; false (they stay unsaved) when the write fails.</summary>
    private async Task<bool> FlushAsync()
    {
        if (!_unsaved)
        {
            return true;
        }

        try
        {
            await storage.WriteStateAsync();
            _unsaved = false;
            return true;
        }
        catch (Exception e)
        {
            LogHistoryWriteFailed(logger, Channel, e);
            return false;
        }
    }

    private bool TryCountSend(Guid user, DateTimeOffset now)
    {
        if (!_recentSends.TryGetValue(user, out var sends))
        {
            _recentSends[user] = sends = new Queue<DateTimeOffset>();
        }

        while (sends.TryPeek(out var oldest) && oldest <= now - ChatChannels.RateWindow)
        {
            sends.Dequeue();
        }

        if (sends.Count >= ChatChannels.MessagesPerWindow)
        {
            return false;
        }

        sends.Enqueue(now);
        return true;
    }

    private void Deliver(ChatMessage message)
    {
        foreach (var listener in _listeners.Keys.ToArray())
        {
            // Not awaited: one slow connection must not hold up the channel. A failed delivery means the connection is gone.
            listener.Received(message).ContinueWith(
                t => this.AsReference<IChatChannelGrain>().LeaveAsync(listener),
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted,
                TaskScheduler.Current);
        }
    }

    /// <summary>Why <paramref name="user"/> may not be in this channel, or null.</summary>
    private async Task<string?> AccessProblemAsync(Guid user)
    {
        if (Channel == ChatChannels.World)
        {
            return null;
        }

        if (ChatChannels.UsersOf(Channel) is { } pair)
        {
            return user == pair.A || user == pair.B ? null : "This private channel belongs to two other users.";
        }

        if (ChatChannels.TableOf(Channel) is { } tableId)
        {
            var info = await GrainFactory.GetGrain<ITableGrain>(tableId).GetInfoAsync();
            return info.Value is { } table && (table.Spectators.Contains(user) || table.Seats.Any(s => s.UserId == user))
                ? null
                : "Only the table's players and spectators may use its channel.";
        }

        return "No such channel.";
    }

    /// <summary>The user who may mute here: a table's owner; nobody for the world and private channels.</summary>
    private async Task<Guid?> OwnerAsync() =>
        ChatChannels.TableOf(Channel) is { } tableId && (await GrainFactory.GetGrain<ITableGrain>(tableId).GetInfoAsync()).Value is { } table
            ? table.Owner
            : null;

    [LoggerMessage(Level = LogLevel.Error, Message = "Chat channel {Channel}: a mute could not be written; it was refused")]
    private static partial void LogMuteWriteFailed(ILogger logger, string channel, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat channel {Channel}: writing the history failed; retrying later")]
    private static partial void LogHistoryWriteFailed(ILogger logger, string channel, Exception exception);
}
