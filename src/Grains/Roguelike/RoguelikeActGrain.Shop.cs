using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Roguelike;
using SanguoOrleans.Grains.Interfaces.Wallet;

namespace SanguoOrleans.Grains.Roguelike;

internal sealed partial class RoguelikeActGrain
{
    /// <summary>
    /// Charges first, then grants and records the purchase, as <see cref="ClaimAsync"/> pays then records: a failure in
    /// between leaves the shop unbought, and the retry's charge carries the same operation id, which the wallet applies
    /// once, so the boon is granted without a second charge. The id is the shop's and the reason names the boon: a
    /// retry for another boon after such a failure is refused by the wallet instead of charged a second time.
    /// </summary>
    public async Task<Outcome<RoguelikeView>> BuyAsync(int nodeId, string boon)
    {
        if (await ResetIfDueAsync() is { } unsaved)
        {
            return Outcome.Refused<RoguelikeView>(unsaved);
        }

        if (CheckPlaying() is { } notPlaying)
        {
            return Outcome.Refused<RoguelikeView>(notPlaying);
        }

        if (nodeId != State.Position || Map.Nodes[nodeId].Kind != NodeKind.Shop)
        {
            return Refuse<RoguelikeView>(RefusalCode.InvalidArgument, $"Node {nodeId} is not the shop the hero stands at.");
        }

        if (State.Purchases.TryGetValue(nodeId, out var bought))
        {
            return Refuse<RoguelikeView>(RefusalCode.OperationConflict, $"The shop at node {nodeId} already sold you {bought}; one purchase per shop.");
        }

        if (RunRules.ShopOffers(State.Seed, nodeId).FirstOrDefault(o => o.Boon == boon) is not { } offer)
        {
            return Refuse<RoguelikeView>(RefusalCode.InvalidArgument, $"The shop at node {nodeId} does not sell '{boon}'.");
        }

        var charge = new WalletOperation(RoguelikeIds.ShopOperationId(UserId, State.RunNumber, nodeId), Currency.Tongqian, -offer.Price, $"山河图 shop {boon}");
        if ((await User.ApplyWalletOperationAsync(charge)).Refusal is { } refused)
        {
            return refused.Code == RefusalCode.OperationConflict
                ? Refuse<RoguelikeView>(RefusalCode.OperationConflict, $"The shop at node {nodeId} already charged for another boon in a purchase not completed; buy that boon to receive it.")
                : Outcome.Refused<RoguelikeView>(refused);
        }

        State.Purchases[nodeId] = boon;
        Gain(boon);
        return await CommitAsync();
    }

    /// <summary>The offers of the shop the hero stands at, or none elsewhere.</summary>
    private List<ShopOffer> ShopHere()
    {
        if (State.Status == RunStatus.None || Map.Nodes[State.Position].Kind != NodeKind.Shop)
        {
            return [];
        }

        var bought = State.Purchases.GetValueOrDefault(State.Position);
        return [.. RunRules.ShopOffers(State.Seed, State.Position).Select(o => o with { Bought = o.Boon == bought })];
    }
}
