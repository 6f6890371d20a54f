using SanguoOrleans.Cli.Commands.Bots;
using SanguoOrleans.Protocol;
using SanguoOrleans.Protocol.EngineRecords;
using ErrorCode = SanguoOrleans.Protocol.ErrorCode;

namespace SanguoOrleans.Gateway.Tests.Play;

public class GamePlayTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task RegisteredClient_PlaysAWholeGameAgainstAi_SeeingOnlyItsOwnCards_WithPushesInOrder()
    {
        await using var client = await gateway.ClientAsync();
        await client.RegisterAndLoginAsync();
        var snapshot = await client.StartAgainstAiAsync(seed: 11);
        var bot = new BotPlayer(client, snapshot.Info.TableId, new SanguoOrleans.Game.Modes.GameSettings(SanguoOrleans.Game.Modes.GameMode.Identity5));

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var over = await bot.PlayToEndAsync(snapshot, patience.Token);

        Assert.True(over, "the game did not reach its end");
        Assert.True(bot.Decisions > 0);
        Assert.Empty(bot.Errors);
        Assert.Equal(Enumerable.Range(1, bot.Pushes.Count).Select(i => (ulong)i), bot.Pushes.Select(p => p.Seq));
        var eventSeqs = bot.Pushes.Where(p => p.BodyCase == ServerMessage.BodyOneofCase.GameAdvanced)
            .SelectMany(p => p.GameAdvanced.Events.Select(GameEventMapping.ToEngine)).Select(e => e.Seq).ToList();
        Assert.Equal(eventSeqs.Order(), eventSeqs);
        Assert.Equal(eventSeqs.Count, eventSeqs.Distinct().Count());
        HiddenCards.AssertNoneLeaked(snapshot.Viewer, bot.Pushes);
        var info = await client.OkAsync(new ClientMessage { GetTable = new GetTableRequest { TableId = snapshot.Info.TableId } }, ServerMessage.BodyOneofCase.Table);
        Assert.Equal(TableStatus.Finished, info.Table.Status);
        var replay = await client.OkAsync(new ClientMessage { GetReplay = new GetReplayRequest { TableId = snapshot.Info.TableId } }, ServerMessage.BodyOneofCase.Replay);
        var rebuilt = SanguoOrleans.Game.Flow.GameEngine.Replay(
            replay.Replay.Settings.ToEngine(), replay.Replay.Seed, replay.Replay.Decisions.Select(DecisionMapping.ToEngine));
        Assert.True(rebuilt.IsOver);
        Assert.Equal(info.Table.Result, rebuilt.Result!.ToProto());
        Assert.Equal(info.Table.Result, replay.Replay.Result);
        Assert.Equal(snapshot.Info.Seats.Count, replay.Replay.Seats.Count);
    }

    [Fact]
    public async Task DecisionForAnotherSeat_IsRefusedWithNotYourSeat()
    {
        await using var client = await gateway.ClientAsync();
        await client.RegisterAndLoginAsync();
        var snapshot = await client.StartAgainstAiAsync(seed: 12);
        var push = await client.NextPushAsync(ServerMessage.BodyOneofCase.GameAdvanced);

        var reply = await client.AskAsync(new ClientMessage
        {
            SubmitDecision = new SubmitDecisionRequest
            {
                TableId = snapshot.Info.TableId,
                Decision = new Decision { RequestId = 0, Seat = 3, Pass = true },
            },
        });

        Assert.Equal(ErrorCode.NotYourSeat, reply.Error.Code);
        Assert.Contains("3", reply.Error.Message, StringComparison.Ordinal);
        Assert.Equal(snapshot.Info.TableId, push.GameAdvanced.TableId);
    }

    [Fact]
    public async Task ReconnectingClient_ResumesItsSession_AndGetsTheSnapshotWithItsPendingRequest()
    {
        var first = await gateway.ClientAsync();
        var (_, session) = await first.RegisterAndLoginAsync();
        // AI answers wait a little, so the game is still running when the player is back.
        var snapshot = await first.StartAgainstAiAsync(seed: 13, aiDelayMs: 300);
        await first.NextPushAsync(ServerMessage.BodyOneofCase.GameAdvanced);
        await first.DisposeAsync();

        await using var second = await gateway.ClientAsync();
        await second.OkAsync(new ClientMessage { Resume = new ResumeRequest { UserId = session.UserId, Token = session.Token } }, ServerMessage.BodyOneofCase.Session);
        var back = await second.OkAsync(new ClientMessage { ReconnectTable = new ReconnectTableRequest { TableId = snapshot.Info.TableId } }, ServerMessage.BodyOneofCase.TableSnapshot);

        Assert.Equal(0, back.TableSnapshot.Viewer);
        Assert.Equal(0, back.TableSnapshot.View?.Viewer);
        // While away the seat was auto-played; back, the next request is this client's again.
        var pending = back.TableSnapshot.Pending?.ToEngine();
        while (pending is null)
        {
            var push = await second.NextPushAsync(ServerMessage.BodyOneofCase.GameAdvanced);
            Assert.False(push.GameAdvanced.Over, "the game ended before the player was asked anything");
            pending = push.GameAdvanced.Pending?.ToEngine();
        }

        Assert.Equal(0, pending.Seat);
        HiddenCards.AssertViewShowsOnlyOwnHand(back.TableSnapshot);
    }
}
