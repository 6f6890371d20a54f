namespace SanguoOrleans.Gateway.Admin;

/// <summary>The body of a ban or an unban: why, for the account's record and the audit log.</summary>
internal sealed record BanRequest(string? Reason)
{
    /// <summary>The longest reason accepted.</summary>
    public const int MaxReasonLength = 128;

    /// <summary>Why the request is malformed, or null when it is well formed.</summary>
    public string? Validate() => Reason is { Length: > 0 and <= MaxReasonLength } && !string.IsNullOrWhiteSpace(Reason)
        ? null
        : $"A reason has 1 to {MaxReasonLength} characters.";
}
