using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Skills;

/// <summary>
/// A view-as skill: lets its owner use or play cards as another card (武圣: a red card as 杀), or, with no card,
/// have others play that card for the owner (护驾, 激将). The engine offers it wherever a card of one of its
/// <see cref="Names"/> could be used (play phase) or played (responses, dying).
/// </summary>
public interface IViewAsSkill
{
    /// <summary>Registry id, e.g. "wusheng"; also the action of the options it offers.</summary>
    string Id { get; }

    /// <summary>The card names this skill can produce.</summary>
    IReadOnlyList<CardName> Names { get; }

    /// <summary>Cards one conversion takes: 1, or 0 for a skill that asks others for the card.</summary>
    int CardCount => 1;

    /// <summary>Whether the owner may produce <paramref name="name"/> now (急救: only outside the owner's turn).</summary>
    bool CanViewAs(GameEngine engine, int owner, CardName name) => true;

    /// <summary>Whether <paramref name="card"/> (in the owner's hand or equipment) may count as <paramref name="name"/>.</summary>
    bool Accepts(GameEngine engine, int owner, int card, CardName name) => false;

    /// <summary>
    /// For a skill without cards: asks others to play <paramref name="name"/> for the owner; true when one did, with
    /// the physical card(s) added to <paramref name="played"/>.
    /// </summary>
    RuleTask<bool> Provide(GameEngine engine, int owner, CardName name, List<int> played) => FinishedBool.False;
}
