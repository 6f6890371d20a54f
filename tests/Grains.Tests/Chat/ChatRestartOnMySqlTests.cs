using MySqlConnector;
using Orleans.TestingHost;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Chat;
using SanguoOrleans.Grains.Storage;
using SanguoOrleans.Grains.Tests.Storage;
using SanguoOrleans.Testing;

namespace SanguoOrleans.Grains.Tests.Chat;

/// <summary>Chat on MariaDB storage: the whole cluster stops and a new one (same service) starts.</summary>
public class ChatRestartOnMySqlTests
{
    [Fact]
    public async Task HistoryAndMute_SurviveARestartOfTheWholeCluster()
    {
        var connectionString = await LocalServices.MySqlAsync();
        await MySqlSchema.ApplyAsync(connectionString);
        var serviceId = "chat-restart-" + Guid.NewGuid().ToString("N")[..12];
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var key = ChatChannels.Private(a, b);
        try
        {
            List<ChatMessage> said = [];
            await using (var before = await StartAsync(connectionString, serviceId))
            {
                var channel = before.GrainFactory.GetGrain<IChatChannelGrain>(key);
                said.Add((await channel.SendAsync(a, "桃园结义")).Value!);
                said.Add((await channel.SendAsync(b, "同年同月同日死")).Value!);
                Assert.True((await channel.MuteAsync(b, TimeSpan.FromMinutes(30), by: null)).Ok);
                // A graceful stop deactivates the channel, which writes what it has not written yet.
                await before.StopAllSilosAsync();
            }

            await using var after = await StartAsync(connectionString, serviceId);
            var restarted = after.GrainFactory.GetGrain<IChatChannelGrain>(key);
            var history = await restarted.HistoryAsync(a);
            var mutedSend = await restarted.SendAsync(b, "还能说话吗");
            var next = await restarted.SendAsync(a, "能");

            Assert.Equal(said, history.Value);
            Assert.Equal(RefusalCode.Muted, mutedSend.Refusal?.Code);
            Assert.Equal(said[^1].Seq + 1, next.Value?.Seq);
        }
        finally
        {
            await DeleteRowsAsync(connectionString, serviceId);
        }
    }

    private static async Task<TestCluster> StartAsync(string connectionString, string serviceId)
    {
        var builder = new TestClusterBuilder(initialSilosCount: 1);
        builder.Options.ServiceId = serviceId;
        builder.Properties[MySqlStorageSiloConfigurator.ConnectionStringKey] = connectionString;
        builder.AddSiloBuilderConfigurator<MySqlStorageSiloConfigurator>();
        builder.AddSiloBuilderConfigurator<GrainServicesConfigurator>();
        builder.AddClientBuilderConfigurator<Tables.EngineRecordsClientConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    private static async Task DeleteRowsAsync(string connectionString, string serviceId)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        await using var delete = new MySqlCommand("DELETE FROM OrleansStorage WHERE ServiceId = @serviceId", connection);
        delete.Parameters.AddWithValue("@serviceId", serviceId);
        await delete.ExecuteNonQueryAsync();
    }

    private sealed class GrainServicesConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder.Services.AddSanguoGrains(siloBuilder.Configuration);
    }
}
