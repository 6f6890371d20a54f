using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Heroes;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>
/// 离间: once per play phase, discard a card and choose two other male characters; the second uses a 决斗 (no card)
/// on the first, which no 无懈可击 can answer. Targets are named victim first: <see cref="PlayOption.Targets"/> are the
/// possible victims and <see cref="PlayOption.SecondTargets"/> the possible duellers of each.
/// </summary>
internal sealed class Lijian : IActiveSkill
{
    public string Id => "lijian";

    public PlayOption? OptionFor(GameEngine engine, int owner)
    {
        if (engine.Players[owner].UsesOf(Id) > 0)
        {
            return null;
        }

        var cards = engine.HandAndEquip(owner);
        var men = engine.OtherAliveSeats(owner, p => p.Gender == Gender.Male);
        if (cards.Count == 0 || men.Count < 2)
        {
            return null;
        }

        List<int>? victims = null;
        List<IReadOnlyList<int>>? duellers = null;
        foreach (var victim in men)
        {
            var by = men.FindAll(m => m != victim && engine.CanTarget(m, victim, CardName.Duel));
            if (by.Count > 0)
            {
                (victims ??= []).Add(victim);
                (duellers ??= []).Add(by);
            }
        }

        return victims is null ? null : new PlayOption(Id, cards, CardName.Duel, victims, 2, 2, duellers);
    }

    public async RuleTask Resolve(GameEngine engine, int owner, IReadOnlyList<int> cards, IReadOnlyList<int> targets)
    {
        engine.Players[owner].AddUse(Id);
        engine.Discard(cards);
        var (victim, dueller) = (targets[0], targets[1]);
        if (engine.Players[victim].Alive && engine.Players[dueller].Alive)
        {
            var duel = engine.NewUse(dueller, CardName.Duel, [], [victim]);
            duel.CannotBeNullified = true;
            await engine.UseCard(duel, countLimit: false);
        }
    }
}
