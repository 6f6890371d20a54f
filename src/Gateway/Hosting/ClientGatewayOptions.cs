using SanguoOrleans.Protocol;

namespace SanguoOrleans.Gateway.Hosting;

/// <summary>Settings of the client-facing gateway, bound from the "Gateway" configuration section.</summary>
public sealed class ClientGatewayOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Gateway";

    /// <summary>Whether this process serves clients at all (a silo may run without a co-hosted gateway).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The address both listeners bind to.</summary>
    public string ListenAddress { get; set; } = "0.0.0.0";

    /// <summary>The client protocol's TCP port.</summary>
    public int TcpPort { get; set; } = 7400;

    /// <summary>The HTTP port: health at /healthz, metrics, the WebSocket endpoint /ws, admin and replays.</summary>
    public int HttpPort { get; set; } = 7401;

    /// <summary>A frame announcing more than this many bytes closes the connection.</summary>
    public int MaxFrameSize { get; set; } = Framing.DefaultMaxFrameSize;

    /// <summary>How long one request may wait on the cluster, retries included.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A connection that sends nothing for this long is closed; clients send heartbeats more often.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How often a connection renews its hold on the tables it watches; must be well under the tables' observer lease
    /// (Tables:ObserverLease, 2 minutes by default), or a live connection is dropped as dead.
    /// </summary>
    public TimeSpan TableRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Open client connections beyond this are refused with an error and closed.</summary>
    public int MaxConnections { get; set; } = 20_000;

    /// <summary>Server messages waiting to be written to one client; a client that lets more pile up is disconnected.</summary>
    public int OutgoingQueueSize { get; set; } = 256;

    /// <summary>
    /// Reads (get_profile, list_lobby, ping…) of one connection answered at the same time; a client that pipelines more
    /// waits. Other requests are handled one at a time, in order.
    /// </summary>
    public int MaxReadsInFlight { get; set; } = 16;

    /// <summary>Requests per second a connection may send on average (token bucket refill rate).</summary>
    public int RequestsPerSecond { get; set; } = 1000;

    /// <summary>Requests a connection may send in a burst above the average; one more closes the connection.</summary>
    public int RequestBurst { get; set; } = 2000;

    /// <summary>The PFX certificate for TLS on both listeners ("Gateway:Certificate:Path" / ":Password"); unset means no TLS.</summary>
    public Security.GatewayCertificateOptions Certificate { get; set; } = new();

    /// <summary>The oldest client version ("major.minor.patch") accepted in hello.</summary>
    public string MinClientVersion { get; set; } = "1.0.0";
}
