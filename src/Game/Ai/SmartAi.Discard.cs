using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;

namespace SanguoOrleans.Game.Ai;

/// <summary>What to keep over the hand limit.</summary>
public sealed partial class SmartAi
{
    /// <summary>
    /// The discard phase's cards: the least valuable, where every further copy of a kind already kept (闪, 杀, 桃 …)
    /// counts for less. A hand of four 闪 and no 杀 defends well and never hurts anyone: against a player who heals
    /// every turn that is a game without end.
    /// </summary>
    private static int[] DiscardPhaseCards(DecisionRequest r)
    {
        var cards = r.Cards;
        var keep = new int[cards.Count];
        for (var i = 0; i < cards.Count; i++)
        {
            var name = Kind(CardCatalog.All[cards[i]].Name);
            var copiesBefore = 0;
            for (var j = 0; j < i; j++)
            {
                copiesBefore += Kind(CardCatalog.All[cards[j]].Name) == name ? 1 : 0;
            }

            keep[i] = (CardValue.Of(name) * 4) - (copiesBefore * DuplicateDiscount(name));
        }

        var order = new int[cards.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Least worth keeping first; equal worth: the lower card id, for a stable answer.
        Array.Sort(order, (a, b) => keep[a] != keep[b] ? keep[a].CompareTo(keep[b]) : cards[a].CompareTo(cards[b]));
        var discard = new int[r.MinCount];
        for (var i = 0; i < discard.Length; i++)
        {
            discard[i] = cards[order[i]];
        }

        return discard;
    }

    private static CardName Kind(CardName name) => CardRules.IsSlash(name) ? CardName.Slash : name;

    /// <summary>How much each further copy loses (in quarter points): a second 闪 is worth about a first 杀.</summary>
    private static int DuplicateDiscount(CardName kind) => kind switch
    {
        CardName.Jink => 9,
        CardName.Slash => 6,
        _ => 0,
    };
}
