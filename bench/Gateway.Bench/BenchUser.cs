namespace SanguoOrleans.Gateway.Bench;

/// <summary>A user made for the bench, with a live session token a gateway connection can resume.</summary>
internal sealed record BenchUser(Guid UserId, string Token);
