using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>反馈: after taking damage, may take one card from the source (a random hand card or a visible equipment card).</summary>
internal sealed class Fankui : ISkill
{
    public string Id => "fankui";

    public bool IsLocked => false;

    public IReadOnlyList<TriggerTiming> Timings { get; } = [TriggerTiming.Damaged];

    public bool CanTrigger(GameEngine engine, int owner, TriggerData data) =>
        data.Seat == owner && data.Damage is { Source: >= 0 } d && d.Source != owner
        && engine.Players[d.Source] is { Alive: true } source
        && (source.Hand.Count > 0 || source.Equip.Any(e => e >= 0));

    public async RuleTask Resolve(GameEngine engine, int owner, TriggerData data)
    {
        var card = await engine.ChooseCardOf(owner, data.Damage!.Source, includeJudge: false, Id);
        if (card >= 0)
        {
            engine.MoveCard(card, ZoneKind.Hand, owner);
        }
    }
}
