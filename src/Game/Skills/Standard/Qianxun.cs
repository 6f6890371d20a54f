using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>谦逊 (陆逊), locked: you cannot be targeted by 顺手牵羊 or 乐不思蜀.</summary>
internal sealed class Qianxun : IStatusSkill
{
    public string Id => "qianxun";

    public bool ProhibitsTarget(GameEngine engine, int owner, int user, CardName card) =>
        card is CardName.Snatch or CardName.Indulgence;
}
