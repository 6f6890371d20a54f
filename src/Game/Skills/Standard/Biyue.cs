using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>闭月: at the start of the owner's finish phase, may draw 1.</summary>
internal sealed class Biyue : ISkill
{
    public string Id => "biyue";

    public bool IsLocked => false;

    public IReadOnlyList<TriggerTiming> Timings { get; } = [TriggerTiming.PhaseStart];

    public bool CanTrigger(GameEngine engine, int owner, TriggerData data) => data.Seat == owner && data.Phase == Phase.Finish;

    public RuleTask Resolve(GameEngine engine, int owner, TriggerData data)
    {
        engine.Draw(owner, 1);
        return RuleTask.Done;
    }
}
