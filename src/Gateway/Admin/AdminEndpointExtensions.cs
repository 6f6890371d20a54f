using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SanguoOrleans.Gateway.Admin;

/// <summary>Wires the operator (GM) endpoints under /admin on the HTTP port.</summary>
public static class AdminEndpointExtensions
{
    /// <summary>Binds <see cref="AdminOptions"/> from <paramref name="configuration"/> and registers what the endpoints use.</summary>
    public static IServiceCollection AddAdminEndpoints(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<AdminOptions>(configuration.GetSection(AdminOptions.SectionName));
        services.AddSingleton<AdminRunner>();
        return services;
    }

    /// <summary>Maps /admin when <c>Admin:Key</c> is configured; without a key there is nothing to reach.</summary>
    public static WebApplication MapAdminEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Services.GetRequiredService<IOptions<AdminOptions>>().Value.Enabled)
        {
            return app;
        }

        var admin = app.MapGroup("/admin").AddEndpointFilter<AdminKeyFilter>();
        AdminUserEndpoints.Map(admin);
        AdminWalletEndpoints.Map(admin);
        AdminAccountEndpoints.Map(admin);
        AdminChatEndpoints.Map(admin);
        return app;
    }
}
