using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>仁德: give any hand cards to another player, repeatedly; the first time 2+ cards were given this phase, recover 1.</summary>
internal sealed class Rende : IActiveSkill
{
    public string Id => "rende";

    public PlayOption? OptionFor(GameEngine engine, int owner)
    {
        var hand = engine.Players[owner].Hand;
        var others = engine.OtherAliveSeats(owner);
        return hand.Count == 0 || others.Count == 0
            ? null
            : new PlayOption(Id, [.. hand], CardName.Peach, others, 1, 1, MinCards: 1, MaxCards: hand.Count);
    }

    public RuleTask Resolve(GameEngine engine, int owner, IReadOnlyList<int> cards, IReadOnlyList<int> targets)
    {
        var p = engine.Players[owner];
        var before = p.UsesOf(Id);
        engine.Move(cards, ZoneKind.Hand, targets[0]);
        p.AddUse(Id, cards.Count);
        if (before < 2 && before + cards.Count >= 2)
        {
            engine.Recover(owner, 1, owner);
        }

        return RuleTask.Done;
    }
}
