namespace SanguoOrleans.Grains.Interfaces.Cluster;

/// <summary>What a ping brings back from the cluster.</summary>
[GenerateSerializer, Immutable, Alias("sanguo.PingResult")]
public sealed record PingResult(long ClientTimeUnixMs, long ServerTimeUnixMs, string Silo);
