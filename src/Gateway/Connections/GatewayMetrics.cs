using System.Diagnostics.Metrics;

namespace SanguoOrleans.Gateway.Connections;

/// <summary>The gateway's own instruments, published under the meter <see cref="MeterName"/>.</summary>
public sealed class GatewayMetrics
{
    /// <summary>The name of the gateway's meter, for exporters to subscribe to.</summary>
    public const string MeterName = "SanguoOrleans.Gateway";

    private readonly UpDownCounter<long> _openConnections;
    private readonly Counter<long> _requests;
    private readonly Counter<long> _protocolViolations;

    /// <summary>Creates the instruments on a meter owned by <paramref name="meterFactory"/>.</summary>
    public GatewayMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _openConnections = meter.CreateUpDownCounter<long>("sanguo.gateway.connections", description: "Open client connections.");
        _requests = meter.CreateCounter<long>("sanguo.gateway.requests", description: "Client requests handled, by body kind.");
        _protocolViolations = meter.CreateCounter<long>("sanguo.gateway.protocol_violations", description: "Connections closed for breaking the protocol.");
    }

    internal void ConnectionOpened() => _openConnections.Add(1);

    internal void ConnectionClosed() => _openConnections.Add(-1);

    internal void RequestHandled(string kind) => _requests.Add(1, new KeyValuePair<string, object?>("kind", kind));

    internal void ProtocolViolation(string reason) => _protocolViolations.Add(1, new KeyValuePair<string, object?>("reason", reason));
}
