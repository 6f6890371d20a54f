namespace SanguoOrleans.Grains.Interfaces.Chat;

/// <summary>
/// The refusal codes chat uses. The chat-specific cases share general codes for now (the refusal list belongs to the
/// whole cluster); the messages tell them apart, and a dedicated code is a one-line change here.
/// </summary>
public static class ChatRefusals
{
    /// <summary>The message is empty or longer than <see cref="ChatChannels.MaxMessageLength"/>.</summary>
    public const RefusalCode TooLong = RefusalCode.InvalidArgument;

    /// <summary>The sender is muted in this channel.</summary>
    public const RefusalCode Muted = RefusalCode.Forbidden;

    /// <summary>The sender sent too many messages too fast.</summary>
    public const RefusalCode TooFast = RefusalCode.Forbidden;

    /// <summary>The user may not join or mute in this channel.</summary>
    public const RefusalCode NotAllowed = RefusalCode.Forbidden;
}
