using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>
/// 观星: at the start of the preparation phase, looks at the top X cards (X = alive players, at most 5) and puts any
/// of them back on top in any order, the rest at the bottom in any order. Only the owner sees them.
/// </summary>
internal sealed class Guanxing : ISkill
{
    public string Id => "guanxing";

    public bool IsLocked => false;

    public IReadOnlyList<TriggerTiming> Timings { get; } = [TriggerTiming.PhaseStart];

    public bool CanTrigger(GameEngine engine, int owner, TriggerData data) => data.Seat == owner && data.Phase == Phase.Start;

    public async RuleTask Resolve(GameEngine engine, int owner, TriggerData data)
    {
        var alive = engine.SeatOrderFrom(owner).Count();
        var cards = engine.PeekTop(owner, Math.Min(5, alive));

        // The cards chosen go on top, first chosen on top; passing leaves the pile as it was.
        var onTop = await engine.Ask(engine.Request(owner, RequestKind.SelectCards, Id, subject: owner, cards: cards, minCount: 0, maxCount: cards.Count));
        if (onTop is null)
        {
            return;
        }

        List<int> bottom = [.. cards.Except(onTop.Cards)];
        if (bottom.Count > 1)
        {
            // All of the rest, in order from the top of the bottom part; passing keeps them as they were.
            var order = await engine.Ask(engine.Request(owner, RequestKind.SelectCards, "guanxing_bottom", subject: owner, cards: bottom, minCount: bottom.Count, maxCount: bottom.Count));
            bottom = order is null ? bottom : [.. order.Cards];
        }

        engine.ArrangeDrawPile(onTop.Cards, bottom);
        engine.Emit(engine.Ev(EventKind.Chose) with { Seat = owner, Text = Id, Count = onTop.Cards.Count, Amount = bottom.Count });
    }
}
