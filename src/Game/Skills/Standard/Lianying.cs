using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>连营: after the owner loses the last hand card, may draw 1.</summary>
internal sealed class Lianying : ISkill
{
    public string Id => "lianying";

    public bool IsLocked => false;

    public IReadOnlyList<TriggerTiming> Timings { get; } = [TriggerTiming.CardsLost];

    public bool CanTrigger(GameEngine engine, int owner, TriggerData data) =>
        data.Seat == owner && data.From == ZoneKind.Hand && data.HandCountAfter == 0;

    public RuleTask Resolve(GameEngine engine, int owner, TriggerData data)
    {
        engine.Draw(owner, 1);
        return RuleTask.Done;
    }
}
