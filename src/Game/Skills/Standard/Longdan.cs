using SanguoOrleans.Game.Cards;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>龙胆: a 杀 may be used or played as 闪, and a 闪 as 杀.</summary>
internal sealed class Longdan() : CardConversion("longdan", handOnly: true, CardName.Slash, CardName.Jink)
{
    protected override bool Fits(Card card, CardName name) =>
        name == CardName.Jink ? CardRules.IsSlash(card.Name) : card.Name == CardName.Jink;
}
