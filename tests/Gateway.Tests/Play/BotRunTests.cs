using SanguoOrleans.Cli.Commands.Bots;
using SanguoOrleans.Game.Modes;

namespace SanguoOrleans.Gateway.Tests.Play;

public class BotRunTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task Bots_SharingATable_PlayWholeGamesThroughTheGateway_AndReportRoundTrips()
    {
        var run = new BotRun("127.0.0.1", gateway.TcpPort, clients: 3, GameMode.Identity5, TimeSpan.FromSeconds(1));

        var report = await run.RunAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(report.GamesFinished >= 1, report.ToString());
        Assert.Equal(0, report.Errors);
        Assert.True(report.Decisions > 0);
        Assert.True(report.DecisionRttP50Ms > 0 && report.DecisionRttP99Ms >= report.DecisionRttP50Ms);
    }
}
