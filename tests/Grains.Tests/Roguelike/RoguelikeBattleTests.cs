using SanguoOrleans.Game.Ai;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Roguelike;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Interfaces.Wallet;
using SanguoOrleans.Grains.Tests.Tables;
using static SanguoOrleans.Grains.Tests.Roguelike.RoguelikeTestRuns;
using static SanguoOrleans.Grains.Tests.Tables.TestTables;

namespace SanguoOrleans.Grains.Tests.Roguelike;

/// <summary>Battles are real tables: the player's hero against AI heroes, the result reported back to the act grain.</summary>
public class RoguelikeBattleTests(RoguelikeFixture fixture) : IClassFixture<RoguelikeFixture>
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task LostBattle_CostsHp_KeepsTheNodeUncleared_AndARepeatedReportChangesNothing()
    {
        var (user, act, started) = await StartedAsync(Grains);
        var atBattle = await ToFirstBattleAsync(act, started);
        var table = await OpenBattleAsync(Grains, act);
        var sameTable = Ok(await act.FightAsync());
        var moveDuringBattle = await act.MoveAsync(atBattle.Map[atBattle.Position].Next[0]);

        // Leaving a running game is an escape: the battle is lost whoever wins it.
        Ok(await table.LeaveAsync(user.GetPrimaryKey()));
        await WaitForStatusAsync(table, TableStatus.Finished);
        var after = await WaitForBattleResultAsync(act);
        var replay = Ok(await table.GetReplayAsync());
        await act.TableFinishedAsync(replay);
        var afterRepeat = Ok(await act.GetAsync());

        Assert.Equal(table.GetPrimaryKeyString(), sameTable);
        Assert.Equal(RefusalCode.AlreadyAtAnotherTable, moveDuringBattle.Refusal?.Code);
        Assert.Equal([1, 1], replay.Settings.Game.TeamRules!.SideSizes);
        Assert.Equal(user.GetPrimaryKey(), replay.Seats[0].UserId);
        Assert.Equal((started.Hp, started.MaxHp), (replay.Settings.Game.FixedHp![0], replay.Settings.Game.FixedMaxHp![0]));
        Assert.Equal(RunStatus.Active, after.Status);
        Assert.Equal(started.MaxHp - 1, after.Hp);
        Assert.DoesNotContain(after.Position, after.Cleared);
        Assert.Empty(after.Unclaimed);
        Assert.Equal(after.Hp, afterRepeat.Hp);
    }

    [Fact]
    public async Task WonBattle_ClearsTheNode_AndItsRewardIsPaidExactlyOnce_HoweverOftenClaimed_EvenAfterALostClaimRecord()
    {
        var (user, act, view) = await StartedAsync(Grains);
        view = await ToFirstBattleAsync(act, view);
        var battles = 0;
        while (!view.Cleared.Contains(view.Position))
        {
            Assert.True(battles++ < 30, "no battle won in 30");
            if (view.Status != RunStatus.Active)
            {
                view = await ToFirstBattleAsync(act, Ok(await act.StartRunAsync(Hero)));
            }

            var table = await OpenBattleAsync(Grains, act);
            await PlayWithTheAiAsync(table, user.GetPrimaryKey());
            view = await WaitForBattleResultAsync(act);
        }

        var node = view.Position;
        // As if an earlier claim paid and its silo died before recording it: the claim's payment must not add to it.
        Ok(await user.ApplyWalletOperationAsync(new WalletOperation(RoguelikeIds.RewardOperationId(user.GetPrimaryKey(), view.RunNumber, node), Currency.Tongqian, 20, "山河图 reward")));
        var claims = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => act.ClaimAsync(node)));
        var claimAgain = await act.ClaimAsync(node);
        var balance = (await user.GetBalanceAsync()).Tongqian;
        var records = Ok(await user.GetRecordsAsync());
        var moved = await act.MoveAsync(view.Map[node].Next[0]);

        Assert.Equal(20, view.Unclaimed[node]);
        Assert.Single(claims, c => c.Ok);
        Assert.Equal(RefusalCode.OperationConflict, claimAgain.Refusal?.Code);
        Assert.Equal(20, balance);
        Assert.Equal(view.RunNumber, records.Roguelike.RunsStarted);
        Assert.Equal(1, records.Roguelike.BestFloor);
        Assert.True(moved.Ok, moved.Refusal?.Message);
    }

    /// <summary>The player's seat answered as the table's AI would, from what the player sees.</summary>
    private async Task PlayWithTheAiAsync(ITableGrain table, Guid player)
    {
        var observer = Grains.CreateObjectReference<ITableObserver>(new RecordingTableObserver());
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var snapshot = Ok(await table.ConnectAsync(player, observer));
            if (snapshot.Info.Status == TableStatus.Finished)
            {
                return;
            }

            if (snapshot is { Pending: { } request, View: { } view })
            {
                var decision = new SmartAi(snapshot.Info.Settings.Game).Decide(view, request);
                if (!(await table.SubmitAsync(player, decision)).Ok)
                {
                    await table.SubmitAsync(player, GameEngine.DefaultDecision(request));
                }
            }
            else
            {
                await Task.Delay(20);
            }
        }
    }
}
