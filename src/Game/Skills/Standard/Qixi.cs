using SanguoOrleans.Game.Cards;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>奇袭: any black card (hand or equipment) may be used as 过河拆桥.</summary>
internal sealed class Qixi() : CardConversion("qixi", handOnly: false, CardName.Dismantlement)
{
    protected override bool Fits(Card card, CardName name) => card.Suit.IsBlack();
}
