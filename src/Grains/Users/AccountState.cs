namespace SanguoOrleans.Grains.Users;

/// <summary>The user's urgent group: identity, nickname and session.</summary>
[GenerateSerializer, Alias("sanguo.UserAccountState")]
internal sealed class AccountState
{
    [Id(0)] public string AccountName { get; set; } = "";
    [Id(1)] public string? Nickname { get; set; }
    [Id(2)] public DateTimeOffset CreatedAt { get; set; }

    /// <summary>SHA-256 of the live session's token; the token itself is never stored.</summary>
    [Id(3)] public byte[]? SessionTokenHash { get; set; }
    [Id(4)] public DateTimeOffset SessionExpiresAt { get; set; }
}
