namespace SanguoOrleans.Grains.Interfaces.Presence;

/// <summary>A user came online, or finished going offline (their data saved).</summary>
[GenerateSerializer, Immutable, Alias("sanguo.PresenceChange")]
public sealed record PresenceChange(Guid UserId, bool Online, DateTimeOffset At);
