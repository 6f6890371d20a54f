namespace SanguoOrleans.Grains.Accounts;

/// <summary>The stored account: whose it is, the password hash, and whether it may log in.</summary>
[GenerateSerializer, Alias("sanguo.AccountRecord")]
internal sealed class AccountRecord
{
    [Id(0)] public Guid UserId { get; set; }
    [Id(1)] public string PasswordHash { get; set; } = "";
    [Id(2)] public DateTimeOffset CreatedAt { get; set; }
    [Id(3)] public bool Banned { get; set; }
    [Id(4)] public string? BanReason { get; set; }
}
