using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>刚烈: after taking damage, may judge; unless ♥, the source discards 2 hand cards or takes 1 damage from the owner.</summary>
internal sealed class Ganglie : ISkill
{
    public string Id => "ganglie";

    public bool IsLocked => false;

    public IReadOnlyList<TriggerTiming> Timings { get; } = [TriggerTiming.Damaged];

    public bool CanTrigger(GameEngine engine, int owner, TriggerData data) =>
        data.Seat == owner && data.Damage is { Source: >= 0 } d && d.Source != owner && engine.Players[d.Source].Alive;

    public async RuleTask Resolve(GameEngine engine, int owner, TriggerData data)
    {
        var source = data.Damage!.Source;
        if ((await engine.Judge(owner, Id)).Suit == Suit.Heart || !engine.Players[source].Alive)
        {
            return;
        }

        var hand = engine.Players[source].Hand;
        if (hand.Count >= 2)
        {
            // Passing takes the damage instead.
            var discard = await engine.Ask(engine.Request(source, RequestKind.SelectCards, Id, source: owner, subject: source, cards: [.. hand], minCount: 2, maxCount: 2));
            if (discard is not null)
            {
                engine.Discard(discard.Cards);
                return;
            }
        }

        await engine.Damage(new DamageInfo { Source = owner, Target = source });
    }
}
