namespace SanguoOrleans.Gateway.Admin;

/// <summary>What an admin request does, as the audit log names it: the verb, its target and the details that matter.</summary>
internal sealed record AdminAction(string Verb, string Target, string Details = "")
{
    /// <summary>Whether a failed call may be sent again: true unless a repeat could act twice.</summary>
    public bool Retryable { get; init; } = true;

    /// <summary>How long the call may take, retries included; null for the gateway's request timeout.</summary>
    public TimeSpan? Timeout { get; init; }
}
