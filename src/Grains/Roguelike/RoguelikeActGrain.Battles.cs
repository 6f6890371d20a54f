using Microsoft.Extensions.Logging;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Roguelike;
using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Grains.Roguelike;

internal sealed partial class RoguelikeActGrain
{
    public async Task<Outcome<string>> FightAsync()
    {
        if (await ResetIfDueAsync() is { } unsaved)
        {
            return Outcome.Refused<string>(unsaved);
        }

        if (State.Status != RunStatus.Active)
        {
            return Refuse<string>(RefusalCode.GameNotRunning, "No run is being played.");
        }

        var node = Map.Nodes[State.Position];
        if (State.BattleTable is null)
        {
            if (!node.IsBattle || State.Cleared.Contains(node.Id))
            {
                return Refuse<string>(RefusalCode.InvalidArgument, "There is no battle to fight here.");
            }

            // The id is stored before the table exists: a retry after a failure finds or creates that same table.
            State.BattleTable = TableIds.New();
            if (!await SaveAsync())
            {
                return Outcome.Refused<string>(StorageUnavailable);
            }
        }

        var table = GrainFactory.GetGrain<ITableGrain>(State.BattleTable);
        if ((await table.GetInfoAsync()).Refusal is { Code: RefusalCode.TableNotFound })
        {
            var created = await table.CreateRankedAsync(BattleRequest(node));
            if (created.Refusal is { Code: not RefusalCode.TableExists } refusal)
            {
                // No table came of it: forget the id, or the run would wait for a battle that never ends.
                State.BattleTable = null;
                await SaveAsync();
                return Outcome.Refused<string>(refusal);
            }

            var key = this.GetPrimaryKeyString();
            LogBattleOpened(logger, key, State.BattleTable, node.Id, node.Kind);
        }

        return Outcome.Success(State.BattleTable);
    }

    /// <summary>The player's hero at seat 0 against the node's AI heroes, one side against the other.</summary>
    private RankedTableRequest BattleRequest(Interfaces.Roguelike.MapNode node)
    {
        var enemies = RunRules.Enemies(node.Kind);
        var heroes = new List<string> { State.Hero! };
        heroes.AddRange(RunRules.EnemyHeroes(State.Seed, node.Id, State.Hero!, enemies));
        // The hero fights with the HP (and max HP) it has in the run; the enemies are at full strength.
        var hp = new int[1 + enemies];
        var maxHp = new int[1 + enemies];
        (hp[0], maxHp[0]) = (State.Hp, State.MaxHp);
        var game = new GameSettings(GameMode.Doubles, FixedHeroes: heroes, Teams: TeamRules.Sides(1, enemies), FixedHp: hp, FixedMaxHp: maxHp);
        var settings = new TableSettings($"山河图 {node.Kind} {node.Id}", game, Private: true, AiDelay: _options.BattleAiDelay);
        var players = new List<Guid?> { UserId };
        players.AddRange(Enumerable.Repeat<Guid?>(null, enemies));
        return new RankedTableRequest(settings, players, _options.BattleStartDelay, RoguelikeIds.ResultListenerKey(UserId));
    }

    /// <summary>
    /// A battle table finished: a win clears the node and earns its reward (the boss ends the run won), a defeat costs
    /// HP (none left ends the run). Reports of other or already applied tables change nothing, so the table's retries
    /// are harmless; a failed write throws so the table reports again.
    /// </summary>
    public async Task TableFinishedAsync(TableReplay replay)
    {
        ArgumentNullException.ThrowIfNull(replay);
        if (replay.TableId != State.BattleTable)
        {
            return;
        }

        var node = Map.Nodes[State.Position];
        var won = replay.Result.WinningSeats.Contains(0) && !replay.Seats[0].Escaped;
        State.BattleTable = null;
        if (won)
        {
            State.Cleared.Add(node.Id);
            AddReward(node);
            if (node.Kind == NodeKind.Boss)
            {
                State.Status = RunStatus.Won;
                State.RunsCompleted++;
            }
        }
        else
        {
            State.Hp -= Math.Min(State.Hp, Boons.DefeatCost(RunRules.HpLostInDefeat(node.Kind), State.Boons));
            if (State.Hp == 0)
            {
                State.Status = RunStatus.Lost;
            }
        }

        if ((await CommitAsync()).Refusal is { } refusal)
        {
            throw new InvalidOperationException($"Roguelike {this.GetPrimaryKeyString()}: result of table {replay.TableId} not stored: {refusal.Message}");
        }

        var key = this.GetPrimaryKeyString();
        LogBattleFinished(logger, key, replay.TableId, won, State.Hp, State.Status);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Roguelike {Key}: battle table {TableId} opened at node {Node} ({Kind})")]
    private static partial void LogBattleOpened(ILogger logger, string key, string tableId, int node, NodeKind kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Roguelike {Key}: battle table {TableId} finished, won {Won}, HP {Hp}, run {Status}")]
    private static partial void LogBattleFinished(ILogger logger, string key, string tableId, bool won, int hp, RunStatus status);
}
