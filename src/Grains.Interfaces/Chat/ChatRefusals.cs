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

    /// <summary>The user may not join this channel.</summary>
    public const RefusalCode NotAllowed = RefusalCode.Forbidden;

    /// <summary>The user does not own this channel, so may not mute in it.</summary>
    public const RefusalCode NotOwner = RefusalCode.NotOwner;
}
