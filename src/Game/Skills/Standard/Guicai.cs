using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>
/// 鬼才: before any character's judgement takes effect, may play a hand card to replace it; the replaced card is
/// discarded. The request's reason says what is judged ("guicai:indulgence").
/// </summary>
internal sealed class Guicai : ISkill
{
    public string Id => "guicai";

    public bool IsLocked => false;

    public IReadOnlyList<TriggerTiming> Timings { get; } = [TriggerTiming.AskForRetrial];

    public bool CanTrigger(GameEngine engine, int owner, TriggerData data) => engine.Players[owner].Hand.Count > 0;

    public async RuleTask<bool> Cost(GameEngine engine, int owner, TriggerData data, bool chosen)
    {
        var pick = await engine.Ask(engine.Request(
            owner, RequestKind.SelectCards, Id + ":" + data.Reason, subject: data.Seat, cards: [.. engine.Players[owner].Hand], minCount: 1, maxCount: 1));
        data.Chosen = pick?.Cards ?? [];
        return pick is not null;
    }

    public RuleTask Resolve(GameEngine engine, int owner, TriggerData data)
    {
        engine.Retrial(data, data.Chosen[0], owner);
        return RuleTask.Done;
    }
}
