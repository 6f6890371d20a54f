using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>青囊: once per play phase, discard a hand card; a wounded character (the owner too) recovers 1.</summary>
internal sealed class Qingnang : IActiveSkill
{
    public string Id => "qingnang";

    public PlayOption? OptionFor(GameEngine engine, int owner)
    {
        var p = engine.Players[owner];
        if (p.UsesOf(Id) > 0 || p.Hand.Count == 0)
        {
            return null;
        }

        var wounded = engine.OtherAliveSeats(owner, o => o.IsWounded);
        if (p.IsWounded)
        {
            wounded.Insert(0, owner);
        }

        return wounded.Count == 0 ? null : new PlayOption(Id, [.. p.Hand], CardName.Peach, wounded, 1, 1);
    }

    public RuleTask Resolve(GameEngine engine, int owner, IReadOnlyList<int> cards, IReadOnlyList<int> targets)
    {
        engine.Players[owner].AddUse(Id);
        engine.Discard(cards);
        engine.Recover(targets[0], 1, owner);
        return RuleTask.Done;
    }
}
