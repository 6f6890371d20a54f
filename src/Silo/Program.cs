using Orleans.Dashboard;
using SanguoOrleans.Gateway.Hosting;
using SanguoOrleans.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSanguoSilo();
builder.AddClientGateway();

var app = builder.Build();
app.MapClientGateway();
if (app.Configuration.GetValue<bool>("Dashboard:Enabled"))
{
    app.MapOrleansDashboard("/dashboard");
}

await app.ApplyStorageSchemaAsync();
await app.RunAsync();
