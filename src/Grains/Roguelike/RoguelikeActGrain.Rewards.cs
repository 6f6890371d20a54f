using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Roguelike;
using SanguoOrleans.Grains.Interfaces.Wallet;

namespace SanguoOrleans.Grains.Roguelike;

internal sealed partial class RoguelikeActGrain
{
    /// <summary>
    /// Pays first, then records the claim: a failure in between leaves the reward unclaimed, and the retry's payment
    /// carries the same operation id, which the wallet applies once.
    /// </summary>
    public async Task<Outcome<RoguelikeView>> ClaimAsync(int nodeId)
    {
        if (await ResetIfDueAsync() is { } unsaved)
        {
            return Outcome.Refused<RoguelikeView>(unsaved);
        }

        if (State.Claimed.Contains(nodeId))
        {
            return Refuse<RoguelikeView>(RefusalCode.OperationConflict, $"The reward of node {nodeId} was already paid.");
        }

        if (!State.Unclaimed.TryGetValue(nodeId, out var amount))
        {
            return Refuse<RoguelikeView>(RefusalCode.InvalidArgument, $"Node {nodeId} has no reward to claim.");
        }

        var operation = new WalletOperation(RoguelikeIds.RewardOperationId(UserId, State.RunNumber, nodeId), Currency.Tongqian, amount, "山河图 reward");
        if ((await User.ApplyWalletOperationAsync(operation)).Refusal is { } refused)
        {
            return Outcome.Refused<RoguelikeView>(refused);
        }

        State.Unclaimed.Remove(nodeId);
        State.Claimed.Add(nodeId);
        return await CommitAsync();
    }
}
