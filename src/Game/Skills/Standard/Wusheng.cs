using SanguoOrleans.Game.Cards;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>武圣: any red card (hand or equipment) may be used or played as 杀.</summary>
internal sealed class Wusheng() : CardConversion("wusheng", handOnly: false, CardName.Slash)
{
    protected override bool Fits(Card card, CardName name) => card.Suit.IsRed();
}
