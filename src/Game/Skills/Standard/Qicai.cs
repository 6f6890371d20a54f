using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>奇才 (黄月英), locked: your tricks have no distance limit (顺手牵羊, 兵粮寸断).</summary>
internal sealed class Qicai : IStatusSkill
{
    public string Id => "qicai";

    public bool IgnoresDistanceLimit(GameEngine engine, int owner, CardName card) => CardRules.IsTrick(card);
}
