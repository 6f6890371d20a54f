using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>
/// 空城 (诸葛亮), locked: with no hand cards you cannot be targeted by 杀 or 决斗 (so neither named as the victim of
/// 借刀杀人 nor taken as an extra 方天画戟 target).
/// </summary>
internal sealed class Kongcheng : IStatusSkill
{
    public string Id => "kongcheng";

    public bool ProhibitsTarget(GameEngine engine, int owner, int user, CardName card) =>
        engine.Players[owner].Hand.Count == 0 && (CardRules.IsSlash(card) || card == CardName.Duel);
}
