using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>苦肉: any number of times in the play phase, lose 1 HP, then draw 2 (when still alive after dying).</summary>
internal sealed class Kurou : IActiveSkill
{
    public string Id => "kurou";

    public PlayOption? OptionFor(GameEngine engine, int owner) => new(Id, [], CardName.ExNihilo, [], 0, 0, MinCards: 0, MaxCards: 0);

    public async RuleTask Resolve(GameEngine engine, int owner, IReadOnlyList<int> cards, IReadOnlyList<int> targets)
    {
        await engine.LoseHp(owner, 1);
        if (engine.Players[owner].Alive)
        {
            engine.Draw(owner, 2);
        }
    }
}
