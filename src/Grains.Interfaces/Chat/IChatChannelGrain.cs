namespace SanguoOrleans.Grains.Interfaces.Chat;

/// <summary>One chat channel, keyed by <see cref="ChatChannels"/>: members, recent history, limits and mutes.</summary>
public interface IChatChannelGrain : IGrainWithStringKey
{
    /// <summary>Adds the observer as <paramref name="user"/>'s listener; replies the recent history, oldest first.</summary>
    Task<Outcome<IReadOnlyList<ChatMessage>>> JoinAsync(Guid user, IChatObserver observer);

    /// <summary>Removes the observer; leaving a channel one is not in is not an error.</summary>
    Task LeaveAsync(IChatObserver observer);

    /// <summary>Says <paramref name="text"/> to everyone in the channel; refused when too long, too fast or muted.</summary>
    Task<Outcome<ChatMessage>> SendAsync(Guid user, string text);

    /// <summary>The recent history, oldest first, for a user allowed in the channel.</summary>
    Task<Outcome<IReadOnlyList<ChatMessage>>> HistoryAsync(Guid user);

    /// <summary>
    /// Silences <paramref name="user"/> here for <paramref name="duration"/> (zero lifts it). <paramref name="by"/> is the
    /// channel's owner, or null for an operator (callers trusted with that, such as the admin endpoints).
    /// </summary>
    Task<Outcome<DateTimeOffset>> MuteAsync(Guid user, TimeSpan duration, Guid? by);
}
