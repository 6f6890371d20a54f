using SanguoOrleans.Gateway.Hosting;
using SanguoOrleans.GatewayHost.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddClusterClient();
builder.AddClientGateway();

var app = builder.Build();
app.MapClientGateway();
await app.RunAsync();
