using SanguoOrleans.Protocol;
using Body = SanguoOrleans.Protocol.ServerMessage.BodyOneofCase;
using ErrorCode = SanguoOrleans.Protocol.ErrorCode;

namespace SanguoOrleans.Gateway.Tests.Roguelike;

public class RoguelikeRequestTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task A_player_sees_the_map_starts_a_run_moves_and_gets_a_battle_table_to_connect_to()
    {
        await using var client = await gateway.ClientAsync();
        await client.RegisterAndLoginAsync();

        var before = (await client.OkAsync(new ClientMessage { GetRoguelike = new GetRoguelikeRequest() }, Body.Roguelike)).Roguelike;
        var started = (await client.OkAsync(new ClientMessage { StartRoguelikeRun = new StartRoguelikeRunRequest { Hero = "zhaoyun" } }, Body.Roguelike)).Roguelike;
        var moved = (await client.OkAsync(new ClientMessage { RoguelikeMove = new RoguelikeMoveRequest { Node = started.Map[0].Next[0] } }, Body.Roguelike)).Roguelike;
        var battle = (await client.OkAsync(new ClientMessage { RoguelikeFight = new RoguelikeFightRequest() }, Body.RoguelikeBattle)).RoguelikeBattle;
        var snapshot = (await client.OkAsync(new ClientMessage { ReconnectTable = new ReconnectTableRequest { TableId = battle.TableId } }, Body.TableSnapshot)).TableSnapshot;
        var moveDuringBattle = await client.AskAsync(new ClientMessage { RoguelikeMove = new RoguelikeMoveRequest { Node = moved.Map[moved.Position].Next[0] } });
        var claimNothing = await client.AskAsync(new ClientMessage { RoguelikeClaim = new RoguelikeClaimRequest { Node = 0 } });
        var unknownHero = await client.AskAsync(new ClientMessage { StartRoguelikeRun = new StartRoguelikeRunRequest { Hero = "nobody" } });

        Assert.Equal(RoguelikeRunStatus.RoguelikeRunNone, before.Status);
        Assert.Empty(before.Map);
        Assert.Equal(before.DailyStamina, before.Stamina);
        Assert.Equal((RoguelikeRunStatus.RoguelikeRunActive, "zhaoyun", 0), (started.Status, started.Hero, started.Position));
        Assert.Equal(RoguelikeNodeKind.RoguelikeNodeBoss, started.Map[^1].Kind);
        Assert.Equal((started.Map[0].Next[0], started.Stamina - 1), (moved.Position, moved.Stamina));
        Assert.Equal(battle.TableId, snapshot.Info.TableId);
        Assert.Equal(0, snapshot.Viewer);
        Assert.Equal(ErrorCode.AlreadyAtAnotherTable, moveDuringBattle.Error.Code);
        Assert.Equal(ErrorCode.InvalidArgument, claimNothing.Error.Code);
        Assert.Equal(ErrorCode.InvalidArgument, unknownHero.Error.Code);
    }
}
