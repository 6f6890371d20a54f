using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Chat;
using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Grains.Chat;

/// <summary>
/// One chat channel in memory: chat is ephemeral, so history and mutes last as long as the activation (a quiet channel
/// forgets). Delivery is fire-and-forget per listener; a listener whose connection is gone is dropped.
/// </summary>
internal sealed class ChatChannelGrain(TimeProvider clock) : Grain, IChatChannelGrain
{
    private readonly Dictionary<IChatObserver, Guid> _listeners = [];
    private readonly Queue<ChatMessage> _history = new();
    private readonly Dictionary<Guid, Queue<DateTimeOffset>> _recentSends = [];
    private readonly Dictionary<Guid, DateTimeOffset> _mutedUntil = [];
    private long _seq;

    private string Channel => this.GetPrimaryKeyString();

    public async Task<Outcome<IReadOnlyList<ChatMessage>>> JoinAsync(Guid user, IChatObserver observer)
    {
        if (await AccessProblemAsync(user) is { } problem)
        {
            return Outcome.Refused<IReadOnlyList<ChatMessage>>(ChatRefusals.NotAllowed, problem);
        }

        _listeners[observer] = user;
        return Outcome.Success<IReadOnlyList<ChatMessage>>([.. _history]);
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

        if (_mutedUntil.TryGetValue(user, out var until) && until > now)
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

        var message = new ChatMessage(Channel, ++_seq, user, text, now);
        _history.Enqueue(message);
        while (_history.Count > ChatChannels.HistorySize)
        {
            _history.Dequeue();
        }

        Deliver(message);
        return Outcome.Success(message);
    }

    public async Task<Outcome<IReadOnlyList<ChatMessage>>> HistoryAsync(Guid user) =>
        await AccessProblemAsync(user) is { } problem
            ? Outcome.Refused<IReadOnlyList<ChatMessage>>(ChatRefusals.NotAllowed, problem)
            : Outcome.Success<IReadOnlyList<ChatMessage>>([.. _history]);

    public async Task<Outcome<DateTimeOffset>> MuteAsync(Guid user, TimeSpan duration, Guid? by)
    {
        if (duration < TimeSpan.Zero)
        {
            return Outcome.Refused<DateTimeOffset>(RefusalCode.InvalidArgument, "A mute lasts zero (lifted) or more seconds.");
        }

        if (by is { } caller && await OwnerAsync() != caller)
        {
            return Outcome.Refused<DateTimeOffset>(ChatRefusals.NotAllowed, "Only the channel's owner or an operator may mute.");
        }

        var until = clock.GetUtcNow() + duration;
        if (duration == TimeSpan.Zero)
        {
            _mutedUntil.Remove(user);
        }
        else
        {
            _mutedUntil[user] = until;
        }

        return Outcome.Success(until);
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
}
