using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>集智: when the owner uses a non-delayed trick card (as itself, not converted), may draw 1.</summary>
internal sealed class Jizhi : ISkill
{
    public string Id => "jizhi";

    public bool IsLocked => false;

    public IReadOnlyList<TriggerTiming> Timings { get; } = [TriggerTiming.CardUsed];

    public bool CanTrigger(GameEngine engine, int owner, TriggerData data) =>
        data.Seat == owner && data.Use is { Cards.Count: 1 } use && CardRules.TypeOf(use.Name) == CardType.Trick
        && engine.CardOf(use.Cards[0]).Name == use.Name;

    public RuleTask Resolve(GameEngine engine, int owner, TriggerData data)
    {
        engine.Draw(owner, 1);
        return RuleTask.Done;
    }
}
