using SanguoOrleans.Grains.Interfaces.Chat;

namespace SanguoOrleans.Grains.Chat;

/// <summary>What a chat channel keeps across activations and restarts: its recent history and its mutes.</summary>
[GenerateSerializer, Alias("sanguo.ChatChannelState")]
internal sealed class ChatChannelState
{
    /// <summary>The last <see cref="ChatChannels.HistorySize"/> messages, oldest first.</summary>
    [Id(0)] public List<ChatMessage> History { get; set; } = [];

    /// <summary>The sequence number of the last message accepted (it keeps counting past the history's window).</summary>
    [Id(1)] public long Seq { get; set; }

    /// <summary>Who is muted here, until when; expired entries are dropped on the next change.</summary>
    [Id(2)] public Dictionary<Guid, DateTimeOffset> MutedUntil { get; set; } = [];
}
