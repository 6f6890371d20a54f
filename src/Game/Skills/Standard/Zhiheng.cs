using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>制衡: once per play phase, discard any number of cards (hand or equipment), then draw that many.</summary>
internal sealed class Zhiheng : IActiveSkill
{
    public string Id => "zhiheng";

    public PlayOption? OptionFor(GameEngine engine, int owner)
    {
        if (engine.Players[owner].UsesOf(Id) > 0)
        {
            return null;
        }

        var cards = engine.HandAndEquip(owner);
        return cards.Count == 0 ? null : new PlayOption(Id, cards, CardName.ExNihilo, [], 0, 0, MinCards: 1, MaxCards: cards.Count);
    }

    public RuleTask Resolve(GameEngine engine, int owner, IReadOnlyList<int> cards, IReadOnlyList<int> targets)
    {
        engine.Players[owner].AddUse(Id);
        engine.Discard(cards);
        engine.Draw(owner, cards.Count);
        return RuleTask.Done;
    }
}
