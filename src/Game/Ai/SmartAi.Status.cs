using System.Globalization;
using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;

namespace SanguoOrleans.Game.Ai;

public sealed partial class SmartAi
{
    /// <summary>
    /// Answers the questions of the draw-phase skills (突袭, 裸衣); null for any other request, which the general
    /// rules answer (英姿 and 克己 are always worth it: the default invokes them).
    /// </summary>
    private static Decision? DrawPhaseSkill<TView>(TView view, DecisionRequest r, Relations rel)
        where TView : struct, IAiView
    {
        return r.Reason switch
        {
            "skill:tuxi" => TuxiWorthIt(view, r.Seat, rel) ? Decision.Choose(r, r.Options[0]) : Decision.PassOn(r),
            "tuxi" => Decision.Choose(r, TuxiVictim(view, r.Options, rel, mustChoose: true)!),
            "tuxi_second" => TuxiVictim(view, r.Options, rel, mustChoose: false) is { } second ? Decision.Choose(r, second) : Decision.PassOn(r),
            "skill:luoyi" => LuoyiWorthIt(view, r.Seat, rel) ? Decision.Choose(r, r.Options[0]) : Decision.PassOn(r),
            _ => null,
        };
    }

    /// <summary>Taking instead of drawing pays when it takes as many cards as the draw, one of them from an enemy.</summary>
    private static bool TuxiWorthIt<TView>(TView view, int me, Relations rel)
        where TView : struct, IAiView
    {
        int enemies = 0, notFriends = 0;
        for (var s = 0; s < view.SeatCount; s++)
        {
            if (s != me && view.Alive(s) && view.HandCount(s) > 0 && !rel.IsFriend(s))
            {
                notFriends++;
                enemies += rel.IsEnemy(s) ? 1 : 0;
            }
        }

        return enemies > 0 && notFriends >= 2;
    }

    /// <summary>The enemy with most hand cards among the offered seats, else an unknown player; a friend only when forced.</summary>
    private static string? TuxiVictim<TView>(TView view, IReadOnlyList<string> seats, Relations rel, bool mustChoose)
        where TView : struct, IAiView
    {
        string? best = null;
        var bestScore = int.MinValue;
        for (var i = 0; i < seats.Count; i++)
        {
            var seat = int.Parse(seats[i], CultureInfo.InvariantCulture);
            var attitude = rel.Of(seat);
            if (attitude == Attitude.Friend && !mustChoose)
            {
                continue;
            }

            var score = (attitude == Attitude.Enemy ? 200 : attitude == Attitude.Unknown ? 100 : 0) + view.HandCount(seat);
            if (score > bestScore)
            {
                (best, bestScore) = (seats[i], score);
            }
        }

        return best;
    }

    /// <summary>裸衣 pays with a 杀 and an enemy within reach, or a 决斗 and any enemy.</summary>
    private static bool LuoyiWorthIt<TView>(TView view, int me, Relations rel)
        where TView : struct, IAiView
    {
        bool slash = false, duel = false;
        foreach (var c in view.OwnHand)
        {
            var name = CardCatalog.All[c].Name;
            slash |= CardRules.IsSlash(name);
            duel |= name == CardName.Duel;
        }

        if (!slash && !duel)
        {
            return false;
        }

        var weapon = view.Equip(me, (int)EquipSlot.Weapon);
        var range = weapon >= 0 ? CardRules.WeaponRange(CardCatalog.All[weapon].Name) : 1;
        for (var s = 0; s < view.SeatCount; s++)
        {
            if (s != me && view.Alive(s) && rel.IsEnemy(s) && (duel || SeatDistance(view, me, s) <= range))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Distance by seats and horses as the AI sees them (skills that change distance are left out).</summary>
    private static int SeatDistance<TView>(TView view, int from, int to)
        where TView : struct, IAiView
    {
        int steps = 0, total = 0;
        for (var i = 1; i < view.SeatCount; i++)
        {
            var seat = (from + i) % view.SeatCount;
            if (view.Alive(seat))
            {
                total++;
                steps = seat == to ? total : steps;
            }
        }

        var d = Math.Min(steps, total + 1 - steps);
        d += view.Equip(to, (int)EquipSlot.DefensiveHorse) >= 0 ? 1 : 0;
        d -= view.Equip(from, (int)EquipSlot.OffensiveHorse) >= 0 ? 1 : 0;
        return Math.Max(1, d);
    }

    /// <summary>
    /// A first answer to 无双 that cannot be followed by a second one is a card thrown away: one 闪 and no 八卦阵
    /// against its 杀, one 杀 (and no 丈八蛇矛) in its 决斗.
    /// </summary>
    private static bool LoneAnswerToWushuang<TView>(TView view, DecisionRequest r)
        where TView : struct, IAiView
    {
        // The source of a "slash" ask is the 杀's user, of a "duel" ask the responder's opponent: 无双's owner either way.
        return r.Source >= 0 && r.Cards.Count < 2 && r.Options.Count == 0 && view.HeroHasSkill(r.Source, "wushuang");
    }
}
