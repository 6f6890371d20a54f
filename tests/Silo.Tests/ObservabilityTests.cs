using System.Net;
using SanguoOrleans.Testing;

namespace SanguoOrleans.Silo.Tests;

public class ObservabilityTests
{
    [Fact]
    public async Task SwitchedOn_DashboardAndPrometheusMetricsAreServedOnTheHttpPort()
    {
        var ports = HostPorts.Next();
        await using var silo = await TestHosts.StartSiloAsync("observable silo", ports, new Dictionary<string, string?>
        {
            ["Dashboard:Enabled"] = "true",
            ["Telemetry:Prometheus"] = "true",
        });
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{ports.Http}") };
        await GatewayClient.PingAsync(ports.ClientTcp, TimeSpan.FromSeconds(10));

        var dashboard = await http.GetAsync(new Uri("/dashboard/", UriKind.Relative));
        var metrics = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("text/html", dashboard.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("sanguo_gateway_requests", metrics, StringComparison.Ordinal);
        Assert.Contains("orleans_", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SwitchedOff_ByDefault_NeitherDashboardNorMetricsIsServed()
    {
        var ports = HostPorts.Next();
        await using var silo = await TestHosts.StartSiloAsync("plain silo", ports);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{ports.Http}") };

        var dashboard = await http.GetAsync(new Uri("/dashboard/", UriKind.Relative));
        var metrics = await http.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, dashboard.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, metrics.StatusCode);
    }
}
