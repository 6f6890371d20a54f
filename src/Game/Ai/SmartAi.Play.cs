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
                    if (view.Equip(me, (int)CardRules.SlotOf(eq)) < 0 || BetterWeapon(view, me, eq, rel))
                    {
                        return Decision.With(r, [card]);
                    }

                    break;
                case CardName.Peach when view.Hp(me) < view.MaxHp(me) && !HasAction(r, "qingnang"):
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
            }
        }

        return PlaySlash(view, r, rel) ?? PlaySkillsLast(view, r, rel);
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

    private static bool HasAction(DecisionRequest r, string action)
    {
        for (var i = 0; i < r.Plays.Count; i++)
        {
            if (r.Plays[i].Action == action)
            {
                return true;
            }
        }

        return false;
    }
}
