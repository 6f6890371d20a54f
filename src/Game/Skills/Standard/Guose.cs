using SanguoOrleans.Game.Cards;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>国色: any ♦ card (hand or equipment) may be used as 乐不思蜀.</summary>
internal sealed class Guose() : CardConversion("guose", handOnly: false, CardName.Indulgence)
{
    protected override bool Fits(Card card, CardName name) => card.Suit == Suit.Diamond;
}
