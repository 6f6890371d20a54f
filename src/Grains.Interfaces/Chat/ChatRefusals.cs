namespace SanguoOrleans.Grains.Interfaces.Chat;

/// <summary>The refusal codes chat uses.</summary>
public static class ChatRefusals
{
    /// <summary>The message is empty or longer than <see cref="ChatChannels.MaxMessageLength"/>.</summary>
    public const RefusalCode TooLong = RefusalCode.InvalidArgument;

    /// <summary>The sender is muted in this channel.</summary>
    public const RefusalCode Muted = RefusalCode.Muted;

    /// <summary>The sender sent too many messages too fast.</summary>
    public const RefusalCode TooFast = RefusalCode.TooFast;

    /// <summary>The user may not join or mute in this channel.</summary>
    public const RefusalCode NotAllowed = RefusalCode.Forbidden;
}
