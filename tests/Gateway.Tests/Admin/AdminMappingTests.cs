using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using SanguoOrleans.Gateway.Admin;

namespace SanguoOrleans.Gateway.Tests.Admin;

public class AdminMappingTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Without_a_key_no_admin_endpoint_exists(string? key)
    {
        await using var app = Build(key);

        Assert.Empty(AdminRoutes(app));
    }

    [Fact]
    public async Task With_a_key_every_admin_endpoint_is_under_admin()
    {
        await using var app = Build("a-key");

        Assert.Contains("/admin/reconcile", AdminRoutes(app));
        Assert.Contains("/admin/users/{userId:guid}/grant", AdminRoutes(app));
    }

    private static WebApplication Build(string? key)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Admin:Key"] = key });
        builder.Services.AddAdminEndpoints(builder.Configuration);
        var app = builder.Build();
        app.MapAdminEndpoints();
        return app;
    }

    private static List<string?> AdminRoutes(WebApplication app) =>
        ((IEndpointRouteBuilder)app).DataSources
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .Select(endpoint => endpoint.RoutePattern.RawText)
            .Where(pattern => pattern?.StartsWith("/admin", StringComparison.Ordinal) == true)
            .ToList();
}
