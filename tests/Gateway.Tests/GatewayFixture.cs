using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SanguoOrleans.Gateway.Admin;
using SanguoOrleans.Gateway.Hosting;
using SanguoOrleans.Grains;
using SanguoOrleans.Grains.Wallet;
using SanguoOrleans.Protocol;
using SanguoOrleans.Testing;

namespace SanguoOrleans.Gateway.Tests;

/// <summary>A silo with the co-hosted gateway, in this process, on ports of its own.</summary>
public class GatewayFixture : IAsyncLifetime
{
    public const int MaxFrameSize = 1024;

    public const string AdminKey = "test-admin-key-0123456789";

    private WebApplication? _app;

    public int TcpPort { get; } = FreePorts.Next();

    public int HttpPort { get; } = FreePorts.Next();

    /// <summary>The silo's grain factory, for arranging what the admin endpoints then act on.</summary>
    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>Gateway settings of this fixture on top of the common ones.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    /// <summary>A protocol client connected to this gateway.</summary>
    public Task<Cli.Commands.Bots.GameClient> ClientAsync() => Cli.Commands.Bots.GameClient.ConnectAsync("127.0.0.1", TcpPort);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gateway:ListenAddress"] = "127.0.0.1",
            ["Gateway:TcpPort"] = TcpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway:HttpPort"] = HttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway:MaxFrameSize"] = MaxFrameSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Admin:Key"] = AdminKey,
        });
        builder.Configuration.AddInMemoryCollection(Settings);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePorts.Next(), FreePorts.Next())
                .AddMemoryGrainStorage(StorageNames.Default);
            silo.Services.AddSanguoGrains(builder.Configuration);
            silo.Services.AddInMemoryWalletStore();
        });
        builder.AddClientGateway();
        _app = builder.Build();
        _app.MapClientGateway();
        await _app.StartAsync();
    }

    public async Task<(TcpClient Tcp, MessageChannel Channel)> ConnectAsync()
    {
        var tcp = new TcpClient { NoDelay = true };
        await tcp.ConnectAsync("127.0.0.1", TcpPort);
        return (tcp, new MessageChannel(tcp.GetStream()));
    }

    /// <summary>An HTTP client for /admin; it carries <paramref name="key"/> unless that is null.</summary>
    public HttpClient AdminClient(string? key = AdminKey)
    {
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{HttpPort}/admin/") };
        if (key is not null)
        {
            http.DefaultRequestHeaders.Add(AdminOptions.KeyHeader, key);
        }

        return http;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
