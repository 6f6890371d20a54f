using System.Runtime.CompilerServices;
using SanguoOrleans.Gateway.Sessions;
using SanguoOrleans.Grains.Interfaces.Chat;
using SanguoOrleans.Protocol;
using static SanguoOrleans.Gateway.Mapping.Refusals;
using ErrorCode = SanguoOrleans.Protocol.ErrorCode;
using GrainChatMessage = SanguoOrleans.Grains.Interfaces.Chat.ChatMessage;

namespace SanguoOrleans.Gateway.Handlers;

/// <summary>Chat: channels are grains; each connection listens through one observer that turns messages into pushes.</summary>
internal sealed partial class RequestDispatcher
{
    private const string PrivatePrefix = "private:";

    // Per connection, without a field in the session: the entry (and its observer) lives exactly as long as the session.
    private readonly ConditionalWeakTable<ClientSession, ChatListener> _chatListeners = [];

    private async Task JoinChatAsync(string channel, ClientSession session, ServerMessage reply, CancellationToken ct)
    {
        if (!TryChannelKey(channel, session, reply, out var key))
        {
            return;
        }

        var listener = _chatListeners.GetValue(session, s => new ChatListener(s, grains));
        var user = session.UserId!.Value;
        var history = await ChangeAsync(() => grains.GetGrain<IChatChannelGrain>(key).JoinAsync(user, listener.Reference), ct).ConfigureAwait(false);
        if (!Refused(history, reply))
        {
            reply.ChatHistory = ToHistory(channel, history.Value!);
        }
    }

    private async Task LeaveChatAsync(string channel, ClientSession session, ServerMessage reply, CancellationToken ct)
    {
        if (!TryChannelKey(channel, session, reply, out var key))
        {
            return;
        }

        if (_chatListeners.TryGetValue(session, out var listener))
        {
            await ChangeAsync(async () => { await grains.GetGrain<IChatChannelGrain>(key).LeaveAsync(listener.Reference).ConfigureAwait(false); return true; }, ct).ConfigureAwait(false);
        }

        reply.Done = new Done();
    }

    private async Task SendChatAsync(SendChatRequest request, ClientSession session, ServerMessage reply, CancellationToken ct)
    {
        if (!TryChannelKey(request.Channel, session, reply, out var key))
        {
            return;
        }

        var user = session.UserId!.Value;
        var sent = await ChangeAsync(() => grains.GetGrain<IChatChannelGrain>(key).SendAsync(user, request.Text), ct).ConfigureAwait(false);
        if (!Refused(sent, reply))
        {
            reply.ChatSent = new ChatSent { Message = ToProto(request.Channel, sent.Value!) };
        }
    }

    private async Task ChatHistoryAsync(string channel, ClientSession session, ServerMessage reply, CancellationToken ct)
    {
        if (!TryChannelKey(channel, session, reply, out var key))
        {
            return;
        }

        var user = session.UserId!.Value;
        var history = await ReadAsync(() => grains.GetGrain<IChatChannelGrain>(key).HistoryAsync(user), ct).ConfigureAwait(false);
        if (!Refused(history, reply))
        {
            reply.ChatHistory = ToHistory(channel, history.Value!);
        }
    }

    private async Task MuteChatAsync(MuteChatRequest request, ClientSession session, ServerMessage reply, CancellationToken ct)
    {
        if (!TryChannelKey(request.Channel, session, reply, out var key))
        {
            return;
        }

        if (!Guid.TryParse(request.UserId, out var target) || request.Minutes is < 0 or > ChatChannels.MaxMuteMinutes)
        {
            reply.Error = Error(ErrorCode.InvalidArgument, $"mute_chat names a user id and 0 to {ChatChannels.MaxMuteMinutes} minutes.");
            return;
        }

        // The caller acts as itself: the channel checks that it owns the channel.
        var owner = session.UserId!.Value;
        var muted = await ChangeAsync(() => grains.GetGrain<IChatChannelGrain>(key).MuteAsync(target, TimeSpan.FromMinutes(request.Minutes), owner), ct).ConfigureAwait(false);
        if (!Refused(muted, reply))
        {
            reply.ChatMuted = new ChatMuted { Channel = request.Channel, UserId = target.ToString(), UntilUnixMs = muted.Value.ToUnixTimeMilliseconds() };
        }
    }

    /// <summary>The grain key for a channel as the client names it ("private:&lt;other user&gt;" becomes the pair's key).</summary>
    private static bool TryChannelKey(string channel, ClientSession session, ServerMessage reply, out string key)
    {
        key = channel.StartsWith(PrivatePrefix, StringComparison.Ordinal) && Guid.TryParse(channel.AsSpan(PrivatePrefix.Length), out var other)
            ? ChatChannels.Private(session.UserId!.Value, other)
            : channel;
        if (ChatChannels.IsValid(key))
        {
            return true;
        }

        reply.Error = Error(ErrorCode.InvalidArgument, "A chat channel is \"world\", \"table:<table id>\" or \"private:<user id>\".");
        return false;
    }

    private static ChatHistory ToHistory(string channel, IReadOnlyList<GrainChatMessage> messages)
    {
        var history = new ChatHistory { Channel = channel };
        history.Messages.AddRange(messages.Select(m => ToProto(channel, m)));
        return history;
    }

    private static Protocol.ChatMessage ToProto(string channel, GrainChatMessage message) => new()
    {
        Channel = channel,
        Seq = message.Seq,
        SenderUserId = message.Sender.ToString(),
        Text = message.Text,
        SentAtUnixMs = message.SentAt.ToUnixTimeMilliseconds(),
    };

    /// <summary>One connection's chat listener: messages from any joined channel become chat_message pushes.</summary>
    private sealed class ChatListener : IChatObserver
    {
        private readonly ClientSession _session;

        public ChatListener(ClientSession session, IGrainFactory grains)
        {
            _session = session;
            Reference = grains.CreateObjectReference<IChatObserver>(this);
        }

        public IChatObserver Reference { get; }

        public Task Received(GrainChatMessage message)
        {
            // A private channel is named, to each of its two users, by the other one.
            var channel = ChatChannels.UsersOf(message.Channel) is { } pair && _session.UserId is { } me
                ? PrivatePrefix + (pair.A == me ? pair.B : pair.A).ToString("D")
                : message.Channel;
            _session.Queue.TryPush(new ServerMessage { ChatMessage = ToProto(channel, message) });
            return Task.CompletedTask;
        }
    }
}
