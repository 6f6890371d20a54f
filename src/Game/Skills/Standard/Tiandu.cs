using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>天妒: after the owner's judgement takes effect, may obtain the judgement card.</summary>
internal sealed class Tiandu : ISkill
{
    public string Id => "tiandu";

    public bool IsLocked => false;

    public IReadOnlyList<TriggerTiming> Timings { get; } = [TriggerTiming.FinishJudge];

    public bool CanTrigger(GameEngine engine, int owner, TriggerData data) =>
        data.Seat == owner && engine.Locations[data.JudgeCard].Zone == ZoneKind.Processing;

    public RuleTask Resolve(GameEngine engine, int owner, TriggerData data)
    {
        engine.MoveCard(data.JudgeCard, ZoneKind.Hand, owner);
        return RuleTask.Done;
    }
}
