using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>奸雄: after taking damage, may obtain the physical card(s) that caused it (both cards of a converted use).</summary>
internal sealed class Jianxiong : ISkill
{
    public string Id => "jianxiong";

    public bool IsLocked => false;

    public IReadOnlyList<TriggerTiming> Timings { get; } = [TriggerTiming.Damaged];

    public bool CanTrigger(GameEngine engine, int owner, TriggerData data) =>
        data.Seat == owner && data.Damage?.Use is { } use && use.Cards.Any(c => engine.Locations[c].Zone == ZoneKind.Processing);

    public RuleTask Resolve(GameEngine engine, int owner, TriggerData data)
    {
        engine.Move(CardsLeft(engine, data.Damage!.Use!), ZoneKind.Hand, owner);
        return RuleTask.Done;
    }

    private static List<int> CardsLeft(GameEngine engine, CardUse use) =>
        [.. use.Cards.Where(c => engine.Locations[c].Zone == ZoneKind.Processing)];
}
