using System.Runtime.CompilerServices;
using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;

namespace SanguoOrleans.Game.Ai;

/// <summary>Skill use: conversions in answers and in play, active play-phase skills, answering a lord's call.</summary>
public sealed partial class SmartAi
{
    // Cards too precious to spend through a conversion (桃, 无懈可击).
    private const int PreciousValue = 8;

    /// <summary>Plain card actions; every other action is a skill id.</summary>
    private static bool IsCardAction(string action) => action is "use" or "recast" or "spear" or "fan";

    /// <summary>An answer through a view-as skill when no card answers: the cheapest convertible card, then asking others.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private static Decision? AnswerBySkill(DecisionRequest r)
    {
        PlayOption? ask = null;
        for (var i = 0; i < r.Plays.Count; i++)
        {
            var o = r.Plays[i];
            if (o.MaxCards == 0)
            {
                ask ??= o;
                continue;
            }

            var card = CardValue.CheapestTake(o.Cards, 1)[0];
            if (CardValue.Of(CardCatalog.All[card].Name) < PreciousValue || r.Kind == RequestKind.Peach)
            {
                return Decision.With(r, [card], null, o.Action);
            }
        }

        return ask is null ? null : Decision.With(r, [], null, ask.Action);
    }

    /// <summary>A 桃 for oneself or a friend: a 桃 card first, else a conversion (急救).</summary>
    private static Decision? Save(DecisionRequest r, Relations rel)
    {
        if (r.Subject != r.Seat && !rel.IsFriend(r.Subject))
        {
            return null;
        }

        return r.Cards.Count > 0 ? Decision.With(r, [r.Cards[0]]) : AnswerBySkill(r);
    }

    /// <summary>Active skills worth using before cards: 苦肉, 青囊, 结姻, 反间, 离间.</summary>
    private static Decision? PlaySkillsFirst<TView>(TView view, DecisionRequest r, Relations rel)
        where TView : struct, IAiView
    {
        var me = r.Seat;
        for (var i = 0; i < r.Plays.Count; i++)
        {
            var o = r.Plays[i];
            switch (o.Action)
            {
                case "kurou" when KurouPays(view, me):
                    return Decision.With(r, [], [], o.Action);
                case "qingnang":
                    // A card the AI could still use waits: the cards go first, the heal takes what is left (PlaySkillsLast).
                    if (Salve(view, r, o, rel, onlySpare: true) is { } salve)
                    {
                        return salve;
                    }

                    break;
                case "jieyin":
                    var patient = MostWoundedFriend(view, o.Targets, rel, me);
                    if (patient >= 0 && o.Cards.Count >= o.MinCards)
                    {
                        return Decision.With(r, CardValue.CheapestTake(o.Cards, o.MinCards), [patient], o.Action);
                    }

                    break;
                case "fanjian":
                    var victim = BestEnemy(view, o.Targets, rel);
                    if (victim >= 0)
                    {
                        return Decision.With(r, [], [victim], o.Action);
                    }

                    break;
                case "lijian":
                    if (Lijian(r, o, rel) is { } duel)
                    {
                        return duel;
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>Skills for when no card is worth using: conversions into tricks, 仁德 to friends, 制衡 of cheap cards.</summary>
    private static Decision? PlaySkillsLast<TView>(TView view, DecisionRequest r, Relations rel)
        where TView : struct, IAiView
    {
        var me = r.Seat;
        for (var i = 0; i < r.Plays.Count; i++)
        {
            var o = r.Plays[i];
            if (IsCardAction(o.Action))
            {
                continue;
            }

            if (o.Action == "qingnang" && Salve(view, r, o, rel, onlySpare: false) is { } salve)
            {
                return salve;
            }

            if (o.As is CardName.Dismantlement or CardName.Indulgence && o.MaxCards == 1 && o.Cards.Count == 1
                && CardValue.Of(CardCatalog.All[o.Cards[0]].Name) <= 4)
            {
                var target = BestEnemy(view, o.Targets, rel);
                if (target >= 0)
                {
                    return Decision.With(r, o.Cards, [target], o.Action);
                }
            }
            else if (o.Action == "rende")
            {
                var friend = FirstFriend(o.Targets, rel);
                // The excess over the hand limit, or two cards for the heal while that keeps the hand at the limit.
                var hand = view.HandCount(me);
                var give = Math.Max(hand - view.Hp(me), view.Hp(me) < view.MaxHp(me) && hand - 2 >= view.Hp(me) - 1 ? 2 : 0);
                give = Math.Min(give, o.Cards.Count);
                if (friend >= 0 && give > 0)
                {
                    return Decision.With(r, CardValue.CheapestTake(o.Cards, give), [friend], o.Action);
                }
            }
            else if (o.Action == "zhiheng")
            {
                var cheap = CheapHandCards(view, o.Cards);
                if (cheap.Count > 0)
                {
                    return Decision.With(r, cheap, [], o.Action);
                }
            }
        }

        return null;
    }

    /// <summary>青囊 on the most wounded of the AI's side; with <paramref name="onlySpare"/>, only with a card it cannot use now.</summary>
    private static Decision? Salve<TView>(TView view, DecisionRequest r, PlayOption o, Relations rel, bool onlySpare)
        where TView : struct, IAiView
    {
        var patient = MostWoundedFriend(view, o.Targets, rel, r.Seat);
        if (patient < 0 || o.Cards.Count == 0)
        {
            return null;
        }

        var card = SalveCard(view, r, o.Cards);
        var spare = !UsableNow(r, card) || CardRules.TypeOf(CardCatalog.All[card].Name) == CardType.Equipment;
        return spare || !onlySpare ? Decision.With(r, [card], [patient], o.Action) : null;
    }

    /// <summary>
    /// The card 青囊 discards: the least valuable, counting a card usable this phase (it would be played instead)
    /// and, for 急救's owner, a red card (a 桃 in others' turns) as worth a little more.
    /// </summary>
    private static int SalveCard<TView>(TView view, DecisionRequest r, IReadOnlyList<int> cards)
        where TView : struct, IAiView
    {
        var redWorth = view.HeroHasSkill(r.Seat, "jijiu") ? 1 : 0;
        int best = -1, bestScore = int.MaxValue;
        for (var i = 0; i < cards.Count; i++)
        {
            var c = cards[i];
            var card = CardCatalog.All[c];
            var score = CardValue.Of(card.Name) + (card.Suit.IsRed() ? redWorth : 0)
                + (CardRules.TypeOf(card.Name) != CardType.Equipment && UsableNow(r, c) ? 2 : 0);
            if (score < bestScore || (score == bestScore && c < best))
            {
                (best, bestScore) = (c, score);
            }
        }

        return best;
    }

    private static bool UsableNow(DecisionRequest r, int card)
    {
        for (var i = 0; i < r.Plays.Count; i++)
        {
            var o = r.Plays[i];
            if (o.Action == "use" && o.Cards.Count == 1 && o.Cards[0] == card)
            {
                return true;
            }
        }

        return false;
    }

    private static Decision? Lijian(DecisionRequest r, PlayOption o, Relations rel)
    {
        for (var i = 0; i < o.Targets.Count; i++)
        {
            if (!rel.IsEnemy(o.Targets[i]))
            {
                continue;
            }

            // The dueller risks damage too: another enemy first, else anyone not a friend.
            var duellers = o.SecondTargets![i];
            var dueller = -1;
            for (var j = 0; j < duellers.Count && (dueller < 0 || !rel.IsEnemy(dueller)); j++)
            {
                dueller = rel.IsEnemy(duellers[j]) || (dueller < 0 && !rel.IsFriend(duellers[j])) ? duellers[j] : dueller;
            }

            if (dueller >= 0)
            {
                return Decision.With(r, CardValue.CheapestTake(o.Cards, 1), [o.Targets[i], dueller], o.Action);
            }
        }

        return null;
    }

    /// <summary>
    /// 苦肉 pays while he can still use or keep the two cards (the hand after it at most one over the HP left, two
    /// from 3 HP) and it does not bring 黄盖 to dying: 3 HP or more, or 2 with a 桃/酒 in hand. Lower, each use only
    /// turns a rescue card into two cards and leaves him at 1 HP; past the hand limit the cards are discarded.
    /// </summary>
    private static bool KurouPays<TView>(TView view, int me)
        where TView : struct, IAiView
    {
        var hp = view.Hp(me);
        var handAfter = view.HandCount(me) + 2;
        return hp >= 3 ? handAfter <= hp + 1 : hp == 2 && handAfter <= hp && HoldsRescue(view);
    }

    private static bool HoldsRescue<TView>(TView view)
        where TView : struct, IAiView
    {
        var hand = view.OwnHand;
        for (var i = 0; i < hand.Count; i++)
        {
            if (CardCatalog.All[hand[i]].Name is CardName.Peach or CardName.Analeptic)
            {
                return true;
            }
        }

        return false;
    }

    private static int MostWoundedFriend<TView>(TView view, IReadOnlyList<int> candidates, Relations rel, int me)
        where TView : struct, IAiView
    {
        int best = -1, bestMissing = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var t = candidates[i];
            var missing = view.MaxHp(t) - view.Hp(t);
            if ((t == me || rel.IsFriend(t)) && missing > bestMissing)
            {
                (best, bestMissing) = (t, missing);
            }
        }

        return best;
    }

    private static int FirstFriend(IReadOnlyList<int> candidates, Relations rel)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (rel.IsFriend(candidates[i]))
            {
                return candidates[i];
            }
        }

        return -1;
    }

    /// <summary>The hand cards among <paramref name="cards"/> not worth keeping (equipment duplicates, weak tricks).</summary>
    private static List<int> CheapHandCards<TView>(TView view, IReadOnlyList<int> cards)
        where TView : struct, IAiView
    {
        var cheap = new List<int>();
        var hand = view.OwnHand;
        for (var i = 0; i < cards.Count; i++)
        {
            if (Contains(hand, cards[i]) && CardValue.Of(CardCatalog.All[cards[i]].Name) <= 3)
            {
                cheap.Add(cards[i]);
            }
        }

        return cheap;
    }
}
