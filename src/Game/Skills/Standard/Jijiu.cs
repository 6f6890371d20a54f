using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>急救: outside the owner's turn, any red card (hand or equipment) may be used as 桃.</summary>
internal sealed class Jijiu() : CardConversion("jijiu", handOnly: false, CardName.Peach)
{
    public override bool CanViewAs(GameEngine engine, int owner, CardName name) => engine.CurrentSeat != owner;

    protected override bool Fits(Card card, CardName name) => card.Suit.IsRed();
}
