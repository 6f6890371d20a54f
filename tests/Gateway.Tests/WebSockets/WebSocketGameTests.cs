using SanguoOrleans.Game.Flow;
using SanguoOrleans.Protocol;
using SanguoOrleans.Protocol.EngineRecords;

namespace SanguoOrleans.Gateway.Tests.WebSockets;

public class WebSocketGameTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task ClientOverAWebSocket_PlaysAWholeGameAgainstAi_WithPushesInOrder()
    {
        await using var client = await gateway.WebSocketAsync();
        await client.RegisterAndLoginAsync();
        var tableId = await StartAgainstAiAsync(client);

        var (pushes, decisions) = await PlayToEndAsync(client, tableId);

        Assert.True(decisions > 0, "the player was never asked anything");
        Assert.Equal(Enumerable.Range(1, pushes.Count).Select(i => (ulong)i), pushes.Select(p => p.Seq));
        var info = await client.OkAsync(new ClientMessage { GetTable = new GetTableRequest { TableId = tableId } }, ServerMessage.BodyOneofCase.Table);
        Assert.Equal(TableStatus.Finished, info.Table.Status);
    }

    private static async Task<string> StartAgainstAiAsync(WebSocketTestClient client)
    {
        var created = await client.OkAsync(
            new ClientMessage { CreateTable = new CreateTableRequest { Name = "ws vs ai", Private = true, Seed = 21, Mode = GameMode.Identity5 } },
            ServerMessage.BodyOneofCase.TableSnapshot);
        var tableId = created.TableSnapshot.Info.TableId;
        for (var seat = 1; seat < 5; seat++)
        {
            await client.OkAsync(new ClientMessage { AddAi = new AddAiRequest { TableId = tableId, Seat = seat } }, ServerMessage.BodyOneofCase.Table);
        }

        await client.OkAsync(new ClientMessage { StartTable = new StartTableRequest { TableId = tableId } }, ServerMessage.BodyOneofCase.Table);
        return tableId;
    }

    // The engine's default answer is always legal, which is all this transport test needs from a player.
    private static async Task<(List<ServerMessage> Pushes, int Decisions)> PlayToEndAsync(WebSocketTestClient client, string tableId)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var pushes = new List<ServerMessage>();
        var answered = -1;
        var decisions = 0;
        while (true)
        {
            var push = await client.Pushes.ReadAsync(patience.Token);
            pushes.Add(push);
            if (push.BodyCase != ServerMessage.BodyOneofCase.GameAdvanced)
            {
                continue;
            }

            if (push.GameAdvanced.Over)
            {
                return (pushes, decisions);
            }

            if (push.GameAdvanced.Pending?.ToEngine() is { } request && request.Seat == 0 && request.Id != answered)
            {
                answered = request.Id;
                var decision = GameEngine.DefaultDecision(request).ToProto();
                var reply = await client.AskAsync(new ClientMessage { SubmitDecision = new SubmitDecisionRequest { TableId = tableId, Decision = decision } });
                Assert.True(reply.BodyCase == ServerMessage.BodyOneofCase.DecisionAccepted || reply.Error.Code == Protocol.ErrorCode.StaleDecision, reply.ToString());
                decisions++;
            }
        }
    }
}
