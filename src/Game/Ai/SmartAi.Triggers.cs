using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Skills;

namespace SanguoOrleans.Game.Ai;

/// <summary>Answers to the triggered skills' requests: invoke when it helps the AI's side.</summary>
public sealed partial class SmartAi
{
    // Most cards 吕蒙 keeps by 克己.
    private const int KejiHandCap = 12;

    /// <summary>A ChooseOption answer for a triggered skill's request, or null when the request is not one.</summary>
    private static Decision? ChooseForSkill<TView>(TView view, DecisionRequest r, Relations rel)
        where TView : struct, IAiView
    {
        if (r.Reason == "skill:keji")
        {
            // Past a hand it could never play, 克己 only keeps cards out of the game: a long game would run the
            // draw pile dry (a draw) while one player sits on half the deck.
            return view.HandCount(r.Seat) <= KejiHandCap ? Decision.Choose(r, r.Options[0]) : Decision.PassOn(r);
        }

        if (r.Reason.StartsWith("skill:", StringComparison.Ordinal))
        {
            return WantsToInvoke(r.Reason["skill:".Length..], r, rel) ? Decision.Choose(r, r.Options[0]) : Decision.PassOn(r);
        }

        switch (r.Reason)
        {
            case "trigger_order":
                foreach (var id in r.Options)
                {
                    if (WantsToInvoke(id, r, rel))
                    {
                        return Decision.Choose(r, id);
                    }
                }

                return Decision.PassOn(r);
            case "liuli":
                return BestSeat(view, r, rel.IsEnemy, fewestCards: false) is { } enemy ? Decision.Choose(r, enemy) : Decision.PassOn(r);
            case "yiji_to":
                return BestSeat(view, r, s => s != r.Seat && rel.IsFriend(s), fewestCards: true) is { } friend
                    ? Decision.Choose(r, friend)
                    : Decision.Choose(r, SeatOption.Of(r.Seat));
            default:
                return null;
        }
    }

    /// <summary>A SelectCards answer for a triggered skill's request, or null when the request is not one.</summary>
    private static Decision? SelectForSkill<TView>(TView view, DecisionRequest r, Relations rel)
        where TView : struct, IAiView
    {
        if (r.Reason.StartsWith("guicai:", StringComparison.Ordinal))
        {
            return Retrial(view, r, rel, r.Reason["guicai:".Length..]);
        }

        return r.Reason switch
        {
            "yiji" => Decision.With(r, [.. r.Cards]),
            "ganglie" => view.Hp(r.Seat) <= 2 ? Decision.With(r, CardValue.CheapestTake(r.Cards, 2)) : Decision.PassOn(r),
            "guanxing" => Decision.With(r, Stargaze(view, r)),
            "guanxing_bottom" => Decision.PassOn(r),
            _ => null,
        };
    }

    private static bool WantsToInvoke(string skill, DecisionRequest r, Relations rel) => skill switch
    {
        "fankui" or "ganglie" => r.Source >= 0 && rel.IsEnemy(r.Source),
        _ => true,
    };

    /// <summary>The option naming a seat that passes <paramref name="wanted"/>: lowest HP, or fewest hand cards.</summary>
    private static string? BestSeat<TView>(TView view, DecisionRequest r, Func<int, bool> wanted, bool fewestCards)
        where TView : struct, IAiView
    {
        string? best = null;
        var bestKey = int.MaxValue;
        foreach (var option in r.Options)
        {
            var seat = SeatOption.Parse(option);
            if (seat < 0 || !wanted(seat))
            {
                continue;
            }

            var key = fewestCards ? view.HandCount(seat) : view.Hp(seat);
            if (key < bestKey)
            {
                (best, bestKey) = (option, key);
            }
        }

        return best;
    }

    /// <summary>鬼才: replaces the judgement only when it goes against the AI's side and a hand card turns it.</summary>
    private static Decision Retrial<TView>(TView view, DecisionRequest r, Relations rel, string reason)
        where TView : struct, IAiView
    {
        var judged = r.Subject;
        bool? want = judged == r.Seat || rel.IsFriend(judged) ? true : rel.IsEnemy(judged) ? false : null;
        var processing = view.Processing;
        if (want is not { } side || processing.Count == 0 || IsGoodJudgement(reason, processing[^1]) is not { } now || now == side)
        {
            return Decision.PassOn(r);
        }

        var best = -1;
        foreach (var c in CardValue.CheapestTake(r.Cards, r.Cards.Count))
        {
            if (IsGoodJudgement(reason, c) == side && (CardCatalog.All[c].Name != CardName.Peach || reason is "lightning" or "indulgence"))
            {
                best = c;
                break;
            }
        }

        return best >= 0 ? Decision.With(r, [best]) : Decision.PassOn(r);
    }

    /// <summary>Whether a judgement card is good for the judged player, by what is judged (null: unknown judgement).</summary>
    private static bool? IsGoodJudgement(string reason, int card)
    {
        var c = CardCatalog.All[card];
        return reason switch
        {
            "indulgence" => c.Suit == Suit.Heart,
            "supply_shortage" => c.Suit == Suit.Club,
            "lightning" => !(c.Suit == Suit.Spade && c.Number is >= 2 and <= 9),
            "eight_diagram" or "tieqi" => c.Suit.IsRed(),
            "luoshen" => c.Suit.IsBlack(),
            "ganglie" => c.Suit != Suit.Heart,
            _ => null,
        };
    }

    /// <summary>
    /// 观星: first the cards that pass the owner's pending judgements (last placed is judged first), then the
    /// valuable cards for the draw phase; the rest go to the bottom.
    /// </summary>
    private static List<int> Stargaze<TView>(TView view, DecisionRequest r)
        where TView : struct, IAiView
    {
        var left = CardValue.Cheapest(r.Cards);
        List<int> top = [];
        var judge = view.Judge(r.Seat);
        for (var i = judge.Count - 1; i >= 0; i--)
        {
            var reason = CardCatalog.All[judge[i]].Name switch
            {
                CardName.Indulgence => "indulgence",
                CardName.SupplyShortage => "supply_shortage",
                _ => "lightning",
            };
            var pass = left.FindIndex(c => IsGoodJudgement(reason, c) == true);
            if (pass < 0)
            {
                break;
            }

            top.Add(left[pass]);
            left.RemoveAt(pass);
        }

        for (var i = left.Count - 1; i >= 0; i--)
        {
            if (CardValue.Of(CardCatalog.All[left[i]].Name) >= 5)
            {
                top.Add(left[i]);
            }
        }

        return top;
    }
}
