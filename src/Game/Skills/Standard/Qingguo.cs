using SanguoOrleans.Game.Cards;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>倾国: a black hand card may be used or played as 闪.</summary>
internal sealed class Qingguo() : CardConversion("qingguo", handOnly: true, CardName.Jink)
{
    protected override bool Fits(Card card, CardName name) => card.Suit.IsBlack();
}
