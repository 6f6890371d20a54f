using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using SanguoOrleans.Gateway.Admin;
using SanguoOrleans.Gateway.Connections;
using SanguoOrleans.Gateway.Handlers;
using SanguoOrleans.Gateway.Security;
using SanguoOrleans.Gateway.WebSockets;

namespace SanguoOrleans.Gateway.Hosting;

/// <summary>Wires the client gateway, health and metrics into a web host (silo or stand-alone gateway).</summary>
public static class GatewayHostingExtensions
{
    /// <summary>
    /// Listens on the gateway's HTTP port and, when the gateway is enabled, on its client TCP port;
    /// registers the gateway's services, the cluster health check and the configured metric exporters.
    /// </summary>
    public static WebApplicationBuilder AddClientGateway(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(ClientGatewayOptions.SectionName);
        builder.Services.Configure<ClientGatewayOptions>(section);
        var gateway = section.Get<ClientGatewayOptions>() ?? new ClientGatewayOptions();
        var address = IPAddress.Parse(gateway.ListenAddress);
        var certificate = GatewayTls.Load(gateway.Certificate);

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Applies to both listeners below: TLS over raw TCP on the client port, HTTPS/WSS on the HTTP port.
            kestrel.ConfigureEndpointDefaults(listen => listen.UseTlsIfConfigured(certificate));
            kestrel.Listen(address, gateway.HttpPort);
            if (gateway.Enabled)
            {
                kestrel.Listen(address, gateway.TcpPort, listen => listen.UseConnectionHandler<ClientConnectionHandler>());
            }
        });

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<GatewayMetrics>();
        builder.Services.AddSingleton<RequestDispatcher>();
        builder.Services.AddSingleton<ConnectionLimiter>();
        builder.Services.AddSingleton<ClientWebSocketHandler>();
        builder.Services.AddAdminEndpoints(builder.Configuration);
        builder.Services.AddHealthChecks().AddCheck<ClusterHealthCheck>("cluster");
        builder.AddTelemetry();
        return builder;
    }

    /// <summary>Maps /healthz and, when configured, /metrics and /admin.</summary>
    public static WebApplication MapClientGateway(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/healthz");
        if (app.Configuration.GetSection(ClientGatewayOptions.SectionName).Get<ClientGatewayOptions>()?.Enabled != false)
        {
            app.MapClientWebSockets();
        }

        if (app.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>()?.Prometheus == true)
        {
            app.MapPrometheusScrapingEndpoint("/metrics");
        }

        app.MapAdminEndpoints();
        Replays.ReplayEndpoints.MapReplayEndpoints(app);

        return app;
    }

    private static void AddTelemetry(this WebApplicationBuilder builder)
    {
        var telemetry = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (telemetry.OtlpEndpoint is null && !telemetry.Prometheus)
        {
            return;
        }

        builder.Services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter("Microsoft.Orleans", GatewayMetrics.MeterName, "SanguoOrleans.*");
            if (telemetry.OtlpEndpoint is { } endpoint)
            {
                metrics.AddOtlpExporter(otlp => otlp.Endpoint = endpoint);
            }

            if (telemetry.Prometheus)
            {
                metrics.AddPrometheusExporter();
            }
        });
    }
}
