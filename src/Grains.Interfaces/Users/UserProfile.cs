namespace SanguoOrleans.Grains.Interfaces.Users;

/// <summary>What other players may see of a user, plus the user's own account name.</summary>
[GenerateSerializer, Immutable, Alias("sanguo.UserProfile")]
public sealed record UserProfile(
    Guid UserId,
    string AccountName,
    string? Nickname,
    int Avatar,
    string Signature,
    int Level,
    long Experience,
    DateTimeOffset CreatedAt);
