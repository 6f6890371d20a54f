using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>英姿 (周瑜): you may draw 1 extra card in your draw phase.</summary>
internal sealed class Yingzi : ISkill
{
    public string Id => "yingzi";

    public bool IsLocked => false;

    public IReadOnlyList<TriggerTiming> Timings { get; } = [TriggerTiming.DrawNCards];

    public bool CanTrigger(GameEngine engine, int owner, TriggerData data) => data.Seat == owner;

    public RuleTask Resolve(GameEngine engine, int owner, TriggerData data)
    {
        data.Count++;
        return RuleTask.Done;
    }
}
