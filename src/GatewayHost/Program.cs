using SanguoOrleans.Gateway.Hosting;
using SanguoOrleans.GatewayHost.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddClusterClient();
builder.AddClientGateway();

var app = builder.Build();
app.MapClientGateway();
try
{
    await app.RunAsync();
}
catch (OperationCanceledException) when (app.Lifetime.ApplicationStopping.IsCancellationRequested)
{
    // Stopped while still waiting for the first silo: a normal shutdown.
}
