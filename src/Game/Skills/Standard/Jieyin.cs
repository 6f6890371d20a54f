using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Heroes;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>结姻: once per play phase, discard 2 hand cards and choose a wounded male character; both recover 1.</summary>
internal sealed class Jieyin : IActiveSkill
{
    public string Id => "jieyin";

    public PlayOption? OptionFor(GameEngine engine, int owner)
    {
        var hand = engine.Players[owner].Hand;
        if (engine.Players[owner].UsesOf(Id) > 0 || hand.Count < 2)
        {
            return null;
        }

        var men = engine.OtherAliveSeats(owner, p => p.Gender == Gender.Male && p.IsWounded);
        return men.Count == 0 ? null : new PlayOption(Id, [.. hand], CardName.Peach, men, 1, 1, MinCards: 2, MaxCards: 2);
    }

    public RuleTask Resolve(GameEngine engine, int owner, IReadOnlyList<int> cards, IReadOnlyList<int> targets)
    {
        engine.Players[owner].AddUse(Id);
        engine.Discard(cards);
        engine.Recover(targets[0], 1, owner);
        engine.Recover(owner, 1, owner);
        return RuleTask.Done;
    }
}
