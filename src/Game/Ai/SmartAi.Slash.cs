using System.Runtime.CompilerServices;
using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;

namespace SanguoOrleans.Game.Ai;

/// <summary>
/// Which 杀 to use on whom. A 杀 the target's armor stops (a black one into 仁王盾, a plain one into 藤甲) is a card
/// thrown away, so the AI picks a card that gets through, or a target it can hurt, or keeps its 杀.
/// </summary>
public sealed partial class SmartAi
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private static Decision? PlaySlash<TView>(TView view, DecisionRequest r, Relations rel)
        where TView : struct, IAiView
    {
        IReadOnlyList<int>? candidates = null;
        PlayOption? analeptic = null;
        var plainCard = false;
        for (var iP = 0; iP < r.Plays.Count; iP++)
        {
            var p = r.Plays[iP];
            analeptic ??= p.As == CardName.Analeptic ? p : null;
            if (CardRules.IsSlash(p.As) && p.MaxTargets > 0)
            {
                candidates ??= p.Targets;
                plainCard |= p.Action is "use" or "fan";
            }
        }

        if (candidates is null)
        {
            return null;
        }

        var weapon = view.Equip(r.Seat, (int)EquipSlot.Weapon);
        var ignoreArmor = weapon >= 0 && CardCatalog.All[weapon].Name == CardName.QinggangSword;

        // The weakest enemy the AI can hurt (the lord first for rebels), as BestEnemy ranks them.
        Decision? best = null;
        int bestLord = 0, bestHp = 0;
        for (var iT = 0; iT < candidates.Count; iT++)
        {
            var t = candidates[iT];
            if (!rel.IsEnemy(t))
            {
                continue;
            }

            var lord = t == 0 ? 0 : 1;
            var hp = view.Hp(t);
            if (best is not null && (lord > bestLord || (lord == bestLord && hp >= bestHp)))
            {
                continue;
            }

            if (SlashOn(view, r, t, ignoreArmor) is { } hurt)
            {
                (best, bestLord, bestHp) = (hurt, lord, hp);
            }
        }

        if (best is null && view.VisibleRole(r.Seat) is Modes.Role.Rebel or Modes.Role.Loyalist)
        {
            // Without information rebels and loyalists still press on: most unknown players are on the other side.
            for (var iT = 0; iT < candidates.Count && best is null; iT++)
            {
                var t = candidates[iT];
                best = rel.Of(t) == Attitude.Unknown ? SlashOn(view, r, t, ignoreArmor) : null;
            }
        }

        if (best is null)
        {
            return null;
        }

        return analeptic is not null && plainCard ? Decision.With(r, [analeptic.Cards[0]]) : best;
    }

    /// <summary>
    /// The 杀 to use on <paramref name="target"/>, or null when none gets through its armor: a 杀 card (as 火杀 by
    /// 朱雀羽扇 when it can), else the cheapest card a view-as skill converts, else asking others (激将), else 丈八蛇矛.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private static Decision? SlashOn<TView>(TView view, DecisionRequest r, int target, bool ignoreArmor)
        where TView : struct, IAiView
    {
        var armorCard = ignoreArmor ? -1 : view.Equip(target, (int)EquipSlot.Armor);
        var armor = armorCard >= 0 ? CardCatalog.All[armorCard].Name : CardName.Slash;
        var needRed = armor == CardName.NiohShield;
        var vine = armor == CardName.Vine;

        PlayOption? card = null, ask = null, spear = null;
        PlayOption? converted = null;
        int convertedCard = -1, convertedValue = PreciousValue;
        for (var i = 0; i < r.Plays.Count; i++)
        {
            var o = r.Plays[i];
            if (!CardRules.IsSlash(o.As) || o.MaxTargets == 0 || !Contains(o.Targets, target))
            {
                continue;
            }

            if (o.Action == "spear")
            {
                spear ??= o;
            }
            else if (IsCardAction(o.Action))
            {
                // A 火杀 (朱雀羽扇) burns 藤甲 for one more; otherwise the first card that gets through.
                var passes = (!needRed || CardCatalog.All[o.Cards[0]].Suit.IsRed()) && (!vine || o.As != CardName.Slash);
                if (passes && (card is null || (o.Action == "fan" && card.Cards[0] == o.Cards[0]) || (vine && o.As == CardName.FireSlash && card.As != CardName.FireSlash)))
                {
                    card = o;
                }
            }
            else if (o.MaxCards == 0)
            {
                ask ??= armorCard < 0 ? o : null;
            }
            else if (!vine || o.As != CardName.Slash)
            {
                var cheapest = CardValue.CheapestTake(o.Cards, o.Cards.Count);
                for (var c = 0; c < cheapest.Length; c++)
                {
                    var value = CardValue.Of(CardCatalog.All[cheapest[c]].Name);
                    if (value >= convertedValue)
                    {
                        break;
                    }

                    if (!needRed || CardCatalog.All[cheapest[c]].Suit.IsRed())
                    {
                        (converted, convertedCard, convertedValue) = (o, cheapest[c], value);
                        break;
                    }
                }
            }
        }

        if (card is not null)
        {
            return Decision.With(r, card.Cards, [target], card.Action == "fan" ? "fan" : null);
        }

        if (converted is not null)
        {
            return Decision.With(r, [convertedCard], [target], converted.Action);
        }

        if (ask is not null)
        {
            return Decision.With(r, [], [target], ask.Action);
        }

        return spear is not null && !vine && SpearPair(spear.Cards, needRed) is { } pair
            ? Decision.With(r, pair, [target], "spear")
            : null;
    }

    /// <summary>The two cheapest cards for 丈八蛇矛 (two red ones against 仁王盾), never a 闪 or better; or null.</summary>
    private static int[]? SpearPair(IReadOnlyList<int> cards, bool needRed)
    {
        var pair = new int[2];
        var n = 0;
        foreach (var c in CardValue.CheapestTake(cards, cards.Count))
        {
            var card = CardCatalog.All[c];
            if (CardValue.Of(card.Name) >= CardValue.Of(CardName.Jink))
            {
                return null;
            }

            if (!needRed || card.Suit.IsRed())
            {
                pair[n++] = c;
                if (n == 2)
                {
                    return pair;
                }
            }
        }

        return null;
    }
}
