using SanguoOrleans.Game.Heroes;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Roguelike;
using SanguoOrleans.Grains.Roguelike.Map;

namespace SanguoOrleans.Grains.Roguelike;

internal sealed partial class RoguelikeActGrain
{
    public async Task<Outcome<RoguelikeView>> StartRunAsync(string heroId)
    {
        if (await ResetIfDueAsync() is { } unsaved)
        {
            return Outcome.Refused<RoguelikeView>(unsaved);
        }

        if (HeroCatalog.All.FirstOrDefault(h => h.Id == heroId) is not { } hero)
        {
            return Refuse<RoguelikeView>(RefusalCode.InvalidArgument, $"No hero '{heroId}'.");
        }

        if (State.Status == RunStatus.Active)
        {
            return Refuse<RoguelikeView>(RefusalCode.InvalidArgument, "A run is being played.");
        }

        if (State.Unclaimed.Count > 0)
        {
            return Refuse<RoguelikeView>(RefusalCode.InvalidArgument, "Claim the rewards of the last run first.");
        }

        if ((await User.GetProfileAsync()).Refusal is { } noUser)
        {
            return Outcome.Refused<RoguelikeView>(noUser);
        }

        State.RunNumber++;
        State.Season = _options.Season;
        State.Seed = RunSeeds.Of(State.Season, UserId, State.RunNumber);
        State.Status = RunStatus.Active;
        State.Hero = hero.Id;
        State.Hp = State.MaxHp = hero.MaxHp;
        State.Boons = [];
        State.Position = 0;
        State.Cleared = [0];
        State.BattleTable = null;
        State.Claimed = [];
        State.Purchases = [];
        return await CommitAsync();
    }

    public async Task<Outcome<RoguelikeView>> MoveAsync(int nodeId)
    {
        if (await ResetIfDueAsync() is { } unsaved)
        {
            return Outcome.Refused<RoguelikeView>(unsaved);
        }

        if (CheckPlaying() is { } notPlaying)
        {
            return Outcome.Refused<RoguelikeView>(notPlaying);
        }

        if (!State.Cleared.Contains(State.Position))
        {
            return Refuse<RoguelikeView>(RefusalCode.InvalidArgument, "Win the battle here before moving on.");
        }

        if (!Map.Nodes[State.Position].Next.Contains(nodeId))
        {
            return Refuse<RoguelikeView>(RefusalCode.InvalidArgument, $"Node {nodeId} is not reachable from node {State.Position}.");
        }

        if (State.Stamina < 1)
        {
            return Refuse<RoguelikeView>(RefusalCode.InsufficientFunds, "No stamina left today.");
        }

        var node = Map.Nodes[nodeId];
        State.Stamina--;
        State.Position = nodeId;
        State.BestFloor = Math.Max(State.BestFloor, node.Floor);
        Arrive(node);
        return await CommitAsync();
    }

    /// <summary>A node without a battle takes effect on arrival and is cleared; a shop only sells (<see cref="BuyAsync"/>).</summary>
    private void Arrive(MapNode node)
    {
        switch (node.Kind)
        {
            case NodeKind.Rest:
                State.Hp = Math.Min(State.MaxHp, State.Hp + Boons.RestHeal(RunRules.RestHeal, State.Boons));
                break;
            case NodeKind.Event:
                Gain(RunRules.Boon(State.Seed, node.Id));
                break;
        }

        if (!node.IsBattle)
        {
            State.Cleared.Add(node.Id);
            AddReward(node);
        }
    }

    private void Gain(string boon)
    {
        State.Boons.Add(boon);
        State.MaxHp += Boons.MaxHpGain(boon);
        State.Hp += Boons.MaxHpGain(boon);
    }

    private void AddReward(MapNode node)
    {
        var reward = node.IsBattle ? Boons.BattleReward(RunRules.Reward(node.Kind), State.Boons) : RunRules.Reward(node.Kind);
        if (reward is > 0 and var amount)
        {
            State.Unclaimed[node.Id] = amount;
        }
    }

    private Refusal? CheckPlaying() => State switch
    {
        { Status: not RunStatus.Active } => new Refusal(RefusalCode.GameNotRunning, "No run is being played."),
        { BattleTable: { } table } => new Refusal(RefusalCode.AlreadyAtAnotherTable, $"The battle at table {table} is not over."),
        _ => null,
    };

    /// <summary>Stores the change, then copies the summary to the user.</summary>
    private async Task<Outcome<RoguelikeView>> CommitAsync()
    {
        if (!await SaveAsync())
        {
            return Outcome.Refused<RoguelikeView>(StorageUnavailable);
        }

        await PublishSummaryAsync();
        return Outcome.Success(View());
    }
}
