namespace SanguoOrleans.Grains.Interfaces.Users;

/// <summary>A live session: the token to resume it with, and whose it is.</summary>
[GenerateSerializer, Immutable, Alias("sanguo.SessionGrant")]
public sealed record SessionGrant(Guid UserId, string Token, DateTimeOffset ExpiresAt);
