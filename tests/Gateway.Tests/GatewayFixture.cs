using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using SanguoOrleans.Gateway.Hosting;
using SanguoOrleans.Grains;
using SanguoOrleans.Protocol;
using SanguoOrleans.Testing;

namespace SanguoOrleans.Gateway.Tests;

/// <summary>A silo with the co-hosted gateway, in this process, on ports of its own.</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    public const int MaxFrameSize = 1024;

    private WebApplication? _app;

    public int TcpPort { get; } = FreePorts.Next();

    public int HttpPort { get; } = FreePorts.Next();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gateway:ListenAddress"] = "127.0.0.1",
            ["Gateway:TcpPort"] = TcpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway:HttpPort"] = HttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway:MaxFrameSize"] = MaxFrameSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(FreePorts.Next(), FreePorts.Next())
            .AddMemoryGrainStorage(StorageNames.Default));
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

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
