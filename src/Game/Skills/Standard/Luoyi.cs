using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>
/// 裸衣 (许褚): in your draw phase you may draw one fewer card; then this turn the damage you deal with 杀 or 决斗
/// is +1 (a 决斗 only when you are the source of its damage).
/// </summary>
internal sealed class Luoyi : ISkill
{
    public string Id => "luoyi";

    public bool IsLocked => false;

    public IReadOnlyList<TriggerTiming> Timings { get; } = [TriggerTiming.DrawNCards, TriggerTiming.DamageCaused];

    public bool CanTrigger(GameEngine engine, int owner, TriggerData data) => data.Timing switch
    {
        TriggerTiming.DrawNCards => data.Seat == owner && data.Count > 0,
        // Damage passed on by an iron chain already carries the bonus of the damage it comes from.
        TriggerTiming.DamageCaused => data.Damage is { Source: var source, FromChain: false, Prevented: false, Use: { } use }
            && source == owner
            && (CardRules.IsSlash(use.Name) || use.Name == CardName.Duel)
            && engine.Players[owner].TurnFlags.Contains(Id),
        _ => false,
    };

    // The choice is made once, in the draw phase; the bonus follows from it.
    public bool IsCompulsory(TriggerData data) => data.Timing == TriggerTiming.DamageCaused;

    public RuleTask Resolve(GameEngine engine, int owner, TriggerData data)
    {
        if (data.Timing == TriggerTiming.DrawNCards)
        {
            data.Count--;
            engine.Players[owner].TurnFlags.Add(Id);
        }
        else
        {
            data.Damage!.Amount++;
        }

        return RuleTask.Done;
    }
}
