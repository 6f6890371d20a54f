namespace SanguoOrleans.Gateway.Tests.Connections;

/// <summary>A gateway with small limits, so tests reach them quickly.</summary>
public sealed class LimitsGatewayFixture : GatewayFixture
{
    public const int MaxConnections = 4;

    public const int RequestBurst = 20;

    public static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(1.5);

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Gateway:MaxConnections"] = MaxConnections.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Gateway:RequestBurst"] = RequestBurst.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Gateway:RequestsPerSecond"] = "10",
        ["Gateway:IdleTimeout"] = IdleTimeout.ToString(),
        ["Gateway:OutgoingQueueSize"] = "8",
    };
}
