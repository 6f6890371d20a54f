namespace SanguoOrleans.Grains.Interfaces.Users;

/// <summary>An invitation from another user to queue together.</summary>
[GenerateSerializer, Immutable, Alias("sanguo.TeamInvite")]
public sealed record TeamInvite(Guid From, string Ladder, DateTimeOffset SentAt);
