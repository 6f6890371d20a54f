namespace SanguoOrleans.Grains.Interfaces.Chat;

/// <summary>One message said in a chat channel.</summary>
/// <param name="Channel">The channel's key (see <see cref="ChatChannels"/>).</param>
/// <param name="Seq">Position in the channel, from 1, increasing by 1.</param>
/// <param name="Sender">Who said it.</param>
/// <param name="Text">What was said.</param>
/// <param name="SentAt">When the channel accepted it.</param>
[GenerateSerializer, Immutable, Alias("sanguo.ChatMessage")]
public sealed record ChatMessage(string Channel, long Seq, Guid Sender, string Text, DateTimeOffset SentAt);
