using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>
/// 无双 (吕布), locked: your 杀 needs two 闪 to be cancelled; in a 决斗 with you (yours or aimed at you), the
/// opponent must play two 杀 each time.
/// </summary>
internal sealed class Wushuang : IStatusSkill
{
    public string Id => "wushuang";

    public int ExtraResponses(GameEngine engine, int owner, CardUse use, int responder) =>
        CardRules.IsSlash(use.Name) || use.Name == CardName.Duel ? 1 : 0;
}
