using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>
/// 流离: when the owner becomes a target of a 杀, may discard a card to move that target to another player in the
/// owner's attack range, other than the user. A player the 杀 already targets (方天画戟) cannot be chosen: one 杀
/// never targets a player twice.
/// </summary>
internal sealed class Liuli : ISkill
{
    public string Id => "liuli";

    public bool IsLocked => false;

    public IReadOnlyList<TriggerTiming> Timings { get; } = [TriggerTiming.TargetConfirming];

    public bool CanTrigger(GameEngine engine, int owner, TriggerData data) =>
        data.Target == owner && data.Use is { } use && CardRules.IsSlash(use.Name) && Candidates(engine, owner, use).Count > 0;

    public async RuleTask<bool> Cost(GameEngine engine, int owner, TriggerData data, bool chosen)
    {
        var use = data.Use!;
        var to = await engine.Ask(engine.Request(
            owner, RequestKind.ChooseOption, Id, source: use.User, subject: owner, options: [.. Candidates(engine, owner, use).Select(SeatOption.Of)]));
        if (to is null)
        {
            return false;
        }

        var target = SeatOption.Parse(to.Option);
        var payable = engine.HandAndEquip(owner).Where(c => InRangeWithout(engine, owner, target, c)).ToList();
        var pay = await engine.Ask(engine.Request(owner, RequestKind.SelectCards, "liuli_card", source: use.User, subject: target, cards: payable, minCount: 1, maxCount: 1, canPass: false));
        data.Chosen = [pay!.Cards[0], target];
        return true;
    }

    public RuleTask Resolve(GameEngine engine, int owner, TriggerData data)
    {
        engine.Discard([data.Chosen[0]]);
        data.Target = data.Chosen[1];
        return RuleTask.Done;
    }

    private static List<int> Candidates(GameEngine engine, int owner, CardUse use)
    {
        var cards = engine.HandAndEquip(owner);
        return [.. engine.SeatOrderFrom(owner).Where(p => p != owner && p != use.User && !use.Targets.Contains(p)
            && engine.CanTarget(use.User, p, use.Name) && cards.Any(c => InRangeWithout(engine, owner, p, c)))];
    }

    /// <summary>Whether <paramref name="target"/> stays in the owner's attack range once <paramref name="card"/> is discarded (a weapon or −1 horse counts).</summary>
    private static bool InRangeWithout(GameEngine engine, int owner, int target, int card)
    {
        var equip = engine.Players[owner].Equip;
        var slot = Array.IndexOf(equip, card);
        if (slot < 0)
        {
            return engine.InAttackRange(owner, target);
        }

        // Measured with the card set aside for a moment; nothing is emitted meanwhile.
        equip[slot] = -1;
        var inRange = engine.InAttackRange(owner, target);
        equip[slot] = card;
        return inRange;
    }
}
