namespace SanguoOrleans.Grains.Interfaces.Cluster;

/// <summary>Answers liveness probes from the gateway with the answering silo's identity.</summary>
public interface IPingGrain : IGrainWithIntegerKey
{
    /// <summary>Echoes <paramref name="clientTimeUnixMs"/> with the server's clock and silo.</summary>
    Task<PingResult> PingAsync(long clientTimeUnixMs);
}
