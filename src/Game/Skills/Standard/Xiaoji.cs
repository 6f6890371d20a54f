using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>枭姬: after the owner loses cards from the equipment area, may draw 2 per card.</summary>
internal sealed class Xiaoji : ISkill
{
    public string Id => "xiaoji";

    public bool IsLocked => false;

    public IReadOnlyList<TriggerTiming> Timings { get; } = [TriggerTiming.CardsLost];

    public bool CanTrigger(GameEngine engine, int owner, TriggerData data) => data.Seat == owner && data.From == ZoneKind.Equipment;

    public RuleTask Resolve(GameEngine engine, int owner, TriggerData data)
    {
        engine.Draw(owner, 2 * data.Cards.Count);
        return RuleTask.Done;
    }
}
