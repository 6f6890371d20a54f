using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>A view-as skill turning one card that passes <see cref="Fits"/> into one of <see cref="Names"/>.</summary>
internal abstract class CardConversion(string id, bool handOnly, params CardName[] names) : IViewAsSkill
{
    public string Id => id;

    public IReadOnlyList<CardName> Names => names;

    public virtual bool CanViewAs(GameEngine engine, int owner, CardName name) => true;

    public bool Accepts(GameEngine engine, int owner, int card, CardName name) =>
        (!handOnly || engine.Locations[card].Zone == ZoneKind.Hand) && Fits(engine.CardOf(card), name);

    /// <summary>Whether the card may count as <paramref name="name"/>.</summary>
    protected abstract bool Fits(Card card, CardName name);
}
