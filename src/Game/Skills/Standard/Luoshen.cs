using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>洛神: at the start of the preparation phase, may judge; while black, obtain the card and may judge again.</summary>
internal sealed class Luoshen : ISkill
{
    public string Id => "luoshen";

    public bool IsLocked => false;

    public IReadOnlyList<TriggerTiming> Timings { get; } = [TriggerTiming.PhaseStart, TriggerTiming.FinishJudge];

    /// <summary>Obtaining a black judgement is part of the skill already invoked, so nobody is asked.</summary>
    public bool IsCompulsory(TriggerData data) => data.Timing == TriggerTiming.FinishJudge;

    public bool CanTrigger(GameEngine engine, int owner, TriggerData data) => data.Seat == owner && (data.Timing == TriggerTiming.PhaseStart
        ? data.Phase == Phase.Start
        : data.Reason == Id && engine.CardOf(data.JudgeCard).Suit.IsBlack() && engine.Locations[data.JudgeCard].Zone == ZoneKind.Processing);

    public async RuleTask Resolve(GameEngine engine, int owner, TriggerData data)
    {
        if (data.Timing == TriggerTiming.FinishJudge)
        {
            engine.MoveCard(data.JudgeCard, ZoneKind.Hand, owner);
            return;
        }

        while ((await engine.Judge(owner, Id)).Suit.IsBlack() && engine.Players[owner].Alive && await engine.AskToInvoke(owner, Id, data))
        {
        }
    }
}
