using System.Runtime.CompilerServices;
using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;

namespace SanguoOrleans.Game.Ai;

public sealed partial class SmartAi
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private static Decision? Play<TView>(TView view, DecisionRequest r, Relations rel)
        where TView : struct, IAiView
    {
        var me = r.Seat;
        int enemies = 0, friends = 0, woundedEnemies = 0;
        for (var s = 0; s < view.SeatCount; s++)
        {
            if (view.Alive(s) && s != r.Seat)
            {
                enemies += rel.IsEnemy(s) ? 1 : 0;
                friends += rel.IsFriend(s) ? 1 : 0;
                woundedEnemies += rel.IsEnemy(s) && view.Hp(s) < view.MaxHp(s) ? 1 : 0;
            }
        }

        var skillsFirst = PlaySkillsFirst(view, r, rel);
        if (skillsFirst is not null)
        {
            return skillsFirst;
        }

        PlayOption? slash = null;
        for (var iO = 0; iO < r.Plays.Count; iO++)
        {
            var o = r.Plays[iO];
            if (!IsCardAction(o.Action))
            {
                continue;
            }

            var card = o.Cards[0];
            switch (o.As)
            {
                case var eq when CardRules.TypeOf(eq) == CardType.Equipment && o.Action == "use":
                    if (view.Equip(me, (int)CardRules.SlotOf(eq)) < 0)
                    {
                        return Decision.With(r, [card]);
                    }

                    break;
                case CardName.Peach when view.Hp(me) < view.MaxHp(me):
                case CardName.ExNihilo:
                case CardName.AmazingGrace:
                    return Decision.With(r, [card]);
                case CardName.GodSalvation when view.Hp(me) < view.MaxHp(me) && woundedEnemies <= friends:
                    return Decision.With(r, [card]);
                case CardName.SavageAssault or CardName.ArcheryAttack when enemies > friends:
                    return Decision.With(r, [card]);
                case CardName.IronChain when o.Action == "recast":
                    return Decision.With(r, [card], null, "recast");
                case CardName.Indulgence or CardName.SupplyShortage or CardName.Duel or CardName.Snatch or CardName.Dismantlement:
                    var target = BestEnemy(view, o.Targets, rel);
                    if (target >= 0)
                    {
                        return Decision.With(r, [card], [target]);
                    }

                    var rescue = o.As is CardName.Snatch or CardName.Dismantlement ? Rescuable(view, o.Targets, rel) : -1;
                    if (rescue >= 0)
                    {
                        return Decision.With(r, [card], [rescue]);
                    }

                    break;
                case CardName.FireAttack when view.HandCount(me) >= 4:
                    var victim = BestEnemy(view, o.Targets, rel);
                    if (victim >= 0)
                    {
                        return Decision.With(r, [card], [victim]);
                    }

                    break;
                case CardName.Collateral:
                    for (var i = 0; i < o.Targets.Count; i++)
                    {
                        if (rel.IsEnemy(o.Targets[i]))
                        {
                            var v = FirstNotFriend(o.SecondTargets![i], rel);
                            if (v >= 0)
                            {
                                return Decision.With(r, [card], [o.Targets[i], v]);
                            }
                        }
                    }

                    break;
                case CardName.Slash or CardName.FireSlash or CardName.ThunderSlash:
                    slash ??= o.Action == "spear" ? null : o;
                    break;
            }
        }

        return PlaySlash(view, r, rel, slash ?? SkillSlash(r)) ?? PlaySkillsLast(view, r, rel);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private static Decision? PlaySlash<TView>(TView view, DecisionRequest r, Relations rel, PlayOption? slash)
        where TView : struct, IAiView
    {
        PlayOption? spear = null, analeptic = null;
        for (var iP = 0; iP < r.Plays.Count; iP++)
        {
            var p = r.Plays[iP];
            spear ??= p.Action == "spear" ? p : null;
            analeptic ??= p.As == CardName.Analeptic ? p : null;
        }

        var option = slash ?? spear;
        if (option is null)
        {
            return null;
        }

        var target = BestEnemy(view, option.Targets, rel);
        if (target < 0 && view.VisibleRole(r.Seat) is Modes.Role.Rebel or Modes.Role.Loyalist)
        {
            // Without information rebels and loyalists still press on: most unknown players are on the other side.
            for (var iT = 0; iT < option.Targets.Count; iT++)
            {
                var t = option.Targets[iT];
                if (rel.Of(t) == Attitude.Unknown)
                {
                    target = t;
                    break;
                }
            }
        }

        if (target < 0)
        {
            return null;
        }

        if (analeptic is not null && slash is not null)
        {
            return Decision.With(r, [analeptic.Cards[0]]);
        }

        if (option == spear)
        {
            return Decision.With(r, CardValue.CheapestTake(spear.Cards, 2), [target], "spear");
        }

        if (!IsCardAction(option.Action))
        {
            return Decision.With(r, option.Cards, [target], option.Action);
        }

        PlayOption? fan = null;
        for (var iP = 0; iP < r.Plays.Count; iP++)
        {
            var p = r.Plays[iP];
            if (p.Action == "fan" && p.Cards[0] == option.Cards[0])
            {
                fan = p;
                break;
            }
        }

        return fan is not null
            ? Decision.With(r, fan.Cards, [target], "fan")
            : Decision.With(r, option.Cards, [target]);
    }

    /// <summary>The weakest enemy among the candidates (the lord first for rebels), or −1; ties keep the candidates' order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private static int BestEnemy<TView>(TView view, IReadOnlyList<int> candidates, Relations rel)
        where TView : struct, IAiView
    {
        int best = -1, bestLord = 0, bestHp = 0;
        for (var iT = 0; iT < candidates.Count; iT++)
        {
            var t = candidates[iT];
            if (!rel.IsEnemy(t))
            {
                continue;
            }

            var lord = t == 0 ? 0 : 1;
            var hp = view.Hp(t);
            if (best < 0 || lord < bestLord || (lord == bestLord && hp < bestHp))
            {
                (best, bestLord, bestHp) = (t, lord, hp);
            }
        }

        return best;
    }

    /// <summary>A friend among the candidates with a delayed trick other than 闪电 in their judge area, or −1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private static int Rescuable<TView>(TView view, IReadOnlyList<int> candidates, Relations rel)
        where TView : struct, IAiView
    {
        for (var iT = 0; iT < candidates.Count; iT++)
        {
            var t = candidates[iT];
            if (!rel.IsFriend(t))
            {
                continue;
            }

            for (var iJ = 0; iJ < view.Judge(t).Count; iJ++)
            {
                var j = view.Judge(t)[iJ];
                if (CardCatalog.All[j].Name != CardName.Lightning)
                {
                    return t;
                }
            }
        }

        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private static int FirstNotFriend(IReadOnlyList<int> seats, Relations rel)
    {
        for (var iT = 0; iT < seats.Count; iT++)
        {
            var t = seats[iT];
            if (!rel.IsFriend(t))
            {
                return t;
            }
        }

        return -1;
    }
}
