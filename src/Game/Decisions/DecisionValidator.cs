using System.Runtime.CompilerServices;
using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Decisions;

/// <summary>Checks a decision against the request it answers; pure (never changes the game).</summary>
internal static class DecisionValidator
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    public static SubmitResult Check(GameEngine engine, DecisionRequest request, Decision d)
    {
        if (d.Pass)
        {
            return request.CanPass ? SubmitResult.Ok : SubmitResult.Refuse(RefusalReason.CannotPass, $"{request.Kind} cannot be passed");
        }

        var cards = d.Cards ?? [];
        var targets = d.Targets ?? [];
        if (HasDuplicate(cards) || HasDuplicate(targets))
        {
            return SubmitResult.Refuse(RefusalReason.IllegalCards, "duplicate card or target");
        }

        return request.Kind switch
        {
            RequestKind.ChooseHero => d.Hero is not null && request.Heroes.Contains(d.Hero)
                ? SubmitResult.Ok
                : SubmitResult.Refuse(RefusalReason.IllegalOption, $"hero {d.Hero} is not offered"),
            RequestKind.Play => CheckPlay(request, d, cards, targets),
            RequestKind.Respond or RequestKind.Peach or RequestKind.Nullify => CheckRespond(engine, request, d, cards),
            RequestKind.SelectCards => cards.Count >= request.MinCount && cards.Count <= request.MaxCount
                && cards.All(request.Cards.Contains)
                ? SubmitResult.Ok
                : SubmitResult.Refuse(RefusalReason.IllegalCards, $"select {request.MinCount}–{request.MaxCount} of the offered cards"),
            RequestKind.ChooseCard => (d.Option == "hand" && request.Options.Contains("hand") && cards.Count == 0)
                || (d.Option is null && cards.Count == 1 && request.Cards.Contains(cards[0]))
                ? SubmitResult.Ok
                : SubmitResult.Refuse(RefusalReason.IllegalCards, "choose one offered card or \"hand\""),
            _ => d.Option is not null && request.Options.Contains(d.Option)
                ? SubmitResult.Ok
                : SubmitResult.Refuse(RefusalReason.IllegalOption, $"option {d.Option} is not offered"),
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private static SubmitResult CheckRespond(GameEngine engine, DecisionRequest request, Decision d, IReadOnlyList<int> cards)
    {
        if (d.Option is not null)
        {
            if (!request.Options.Contains(d.Option))
            {
                // A view-as skill answering with its own cards (龙胆, 急救…), or a skill asking others (护驾).
                return request.Plays.Count > 0 && Match(request.Plays, d.Option, cards) is not null
                    ? SubmitResult.Ok
                    : SubmitResult.Refuse(RefusalReason.IllegalOption, $"option {d.Option} is not offered with these cards");
            }

            if (d.Option == "spear")
            {
                var hand = engine.Players[request.Seat].Hand;
                return cards.Count == 2 && cards.All(hand.Contains)
                    ? SubmitResult.Ok
                    : SubmitResult.Refuse(RefusalReason.IllegalCards, "丈八蛇矛 needs two of your hand cards");
            }

            return cards.Count == 0 ? SubmitResult.Ok : SubmitResult.Refuse(RefusalReason.IllegalCards, "this option takes no card");
        }

        return cards.Count == 1 && request.Cards.Contains(cards[0])
            ? SubmitResult.Ok
            : SubmitResult.Refuse(RefusalReason.IllegalCards, "answer with exactly one of the offered cards");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private static SubmitResult CheckPlay(DecisionRequest request, Decision d, IReadOnlyList<int> cards, IReadOnlyList<int> targets)
    {
        var action = d.Option ?? "use";
        var option = Match(request.Plays, action, cards);
        if (option is null)
        {
            return SubmitResult.Refuse(RefusalReason.IllegalCards, $"no legal \"{action}\" with these cards");
        }

        if (option.SecondTargets is { } second)
        {
            var index = targets.Count == 2 ? IndexOf(option.Targets, targets[0]) : -1;
            return index >= 0 && second[index].Contains(targets[1])
                ? SubmitResult.Ok
                : SubmitResult.Refuse(RefusalReason.IllegalTargets, "name a weapon holder and a legal 杀 target");
        }

        return targets.Count >= option.MinTargets && targets.Count <= option.MaxTargets && AllIn(targets, option.Targets)
            ? SubmitResult.Ok
            : SubmitResult.Refuse(RefusalReason.IllegalTargets, $"name {option.MinTargets}–{option.MaxTargets} legal targets");
    }

    /// <summary>The first option of <paramref name="action"/> whose card choice <paramref name="cards"/> satisfies, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal static PlayOption? Match(IReadOnlyList<PlayOption> plays, string action, IReadOnlyList<int> cards)
    {
        for (var i = 0; i < plays.Count; i++)
        {
            var p = plays[i];
            if (p.Action == action && cards.Count >= p.MinCards && cards.Count <= p.MaxCards && AllIn(cards, p.Cards))
            {
                return p;
            }
        }

        return null;
    }

    // Answers hold a handful of ids: a quadratic scan beats allocating a set on every submit.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private static bool HasDuplicate(IReadOnlyList<int> ids)
    {
        for (var i = 1; i < ids.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (ids[i] == ids[j])
                {
                    return true;
                }
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private static bool AllIn(IReadOnlyList<int> ids, IReadOnlyList<int> allowed)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (IndexOf(allowed, ids[i]) < 0)
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private static int IndexOf(IReadOnlyList<int> list, int value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
