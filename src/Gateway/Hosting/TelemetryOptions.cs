namespace SanguoOrleans.Gateway.Hosting;

/// <summary>Where metrics go, bound from the "Telemetry" configuration section; all off by default.</summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Telemetry";

    /// <summary>An OTLP collector to push metrics to, e.g. http://otel-collector:4317.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>Whether to serve Prometheus metrics at /metrics on the HTTP port.</summary>
    public bool Prometheus { get; set; }
}
