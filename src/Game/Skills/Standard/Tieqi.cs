using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>铁骑: after the owner's 杀 targets a player, may judge; if red, that player cannot use 闪 against it.</summary>
internal sealed class Tieqi : ISkill
{
    public string Id => "tieqi";

    public bool IsLocked => false;

    public IReadOnlyList<TriggerTiming> Timings { get; } = [TriggerTiming.TargetSpecified];

    public bool CanTrigger(GameEngine engine, int owner, TriggerData data) =>
        data.Seat == owner && data.Use is { } use && CardRules.IsSlash(use.Name) && engine.Players[data.Target].Alive;

    public async RuleTask Resolve(GameEngine engine, int owner, TriggerData data)
    {
        if ((await engine.Judge(owner, Id)).Suit.IsRed())
        {
            data.Use!.ForbidJink(data.Target);
        }
    }
}
