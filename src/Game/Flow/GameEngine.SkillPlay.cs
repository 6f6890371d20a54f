using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    /// <summary>A play-phase option of a skill: an active skill resolves; a view-as skill uses its card as the name it counts as.</summary>
    private async RuleTask PerformSkillPlay(int seat, Decision d, PlayOption option)
    {
        var skill = option.Action;
        Emit(new GameEvent(events.Count, EventKind.SkillInvoked, Visibility.Everyone, NoIds) { Seat = seat, Text = skill, Targets = d.Targets });
        if (Skills.FindActive(skill) is { } active)
        {
            await active.Resolve(this, seat, d.Cards, d.Targets);
            return;
        }

        var viewAs = Skills.FindViewAs(skill)!;
        var name = option.As;
        IReadOnlyList<int> cards = d.Cards;
        if (viewAs.CardCount == 0)
        {
            var played = new List<int>();
            if (!await viewAs.Provide(this, seat, name, played))
            {
                Players[seat].AddUse(RefusedKey(skill));
                return;
            }

            // The card another played for this seat is used by it: a 杀 keeps its element.
            cards = played;
            name = played.Count == 1 && CardRules.IsSlash(Cards[played[0]].Name) && CardRules.IsSlash(name) ? Cards[played[0]].Name : name;
        }

        var targets = FixedTargets(seat, name) ?? ChosenTargets(seat, d.Targets, name == CardName.Collateral ? 1 : 3);
        await UseCard(NewUse(seat, name, cards, targets, name == CardName.Collateral ? d.Targets[1] : -1), countLimit: true);
    }
}
