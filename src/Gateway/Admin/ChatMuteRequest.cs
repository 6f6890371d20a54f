using SanguoOrleans.Grains.Interfaces.Chat;

namespace SanguoOrleans.Gateway.Admin;

/// <summary>The body of an operator's mute: the channel as the grain names it, the user, and for how long.</summary>
internal sealed record ChatMuteRequest(string? Channel, Guid? UserId, int? Minutes)
{
    /// <summary>The longest mute an operator sets in one request: a week.</summary>
    public const int MaxMinutes = ChatChannels.MaxMuteMinutes;

    /// <summary>Why the request is malformed, or null when it is well formed.</summary>
    public string? Validate()
    {
        if (Channel is null || !ChatChannels.IsValid(Channel))
        {
            return "A channel is 'world', 'table:<table id>' or 'private:<user id>:<user id>'.";
        }

        if (UserId is null)
        {
            return "A user_id is required.";
        }

        return Minutes is null or < 0 or > MaxMinutes ? $"Minutes are 0 (lift the mute) to {MaxMinutes}." : null;
    }
}
