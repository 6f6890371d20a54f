using System.Runtime.CompilerServices;
using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    /// <summary>Every legal play-phase action of a seat, with its legal targets.</summary>
    /// <remarks>Asked at every play request, so written without LINQ; target lists keep seat order from the user.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal List<PlayOption> PlayOptions(int seat)
    {
        var p = Players[seat];
        var options = new List<PlayOption>(p.Hand.Count + 1);
        Span<int> order = stackalloc int[Players.Length];
        order = order[..AliveOrderFrom(seat, order)];
        ReadOnlySpan<int> others = order.Length > 0 && order[0] == seat ? order[1..] : order;

        // Distances are worked out only when a 杀 (or 丈八蛇矛) can use them.
        List<int>? slashTargets = null;
        var weapon = WeaponOf(seat);
        foreach (var id in p.Hand)
        {
            AddCardOptions(options, seat, id, Cards[id].Name, "use", order, others, ref slashTargets);
        }

        if (weapon == CardName.Spear && p.Hand.Count >= 2)
        {
            slashTargets ??= CanSlashMore(seat) ? SlashTargetsOf(seat, others) : [];
            if (slashTargets.Count > 0)
            {
                options.Add(new PlayOption("spear", [.. p.Hand], CardName.Slash, slashTargets, 1, 1, MinCards: 2, MaxCards: 2));
            }
        }

        if (p.Skills.Count > 0 && Skills.PlayerSkillCount > 0)
        {
            AddSkillOptions(options, seat, order, others, ref slashTargets);
        }

        return options;
    }

    /// <summary>
    /// The options of using card <paramref name="id"/> as <paramref name="name"/> (its own name for "use", the
    /// converted name for a view-as skill's <paramref name="action"/>), with the targets of that name.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private void AddCardOptions(
        List<PlayOption> options, int seat, int id, CardName name, string action, ReadOnlySpan<int> order, ReadOnlySpan<int> others,
        ref List<int>? slashTargets)
    {
        var p = Players[seat];
        var own = action == "use";
        switch (name)
        {
            case CardName.Slash or CardName.ThunderSlash or CardName.FireSlash:
                slashTargets ??= CanSlashMore(seat) ? SlashTargetsOf(seat, others) : [];
                if (slashTargets.Count > 0)
                {
                    var weapon = WeaponOf(seat);
                    var max = weapon == CardName.Halberd && p.Hand.Count == 1 && p.Hand[0] == id ? 3 : 1;
                    options.Add(new PlayOption(action, [id], name, slashTargets, 1, max));
                    if (own && name == CardName.Slash && weapon == CardName.Fan)
                    {
                        options.Add(new PlayOption("fan", [id], CardName.FireSlash, slashTargets, 1, max));
                    }
                }

                break;
            case CardName.Jink or CardName.Nullification:
                break;
            case CardName.Peach:
                if (p.IsWounded)
                {
                    options.Add(Fixed(action, id, name));
                }

                break;
            case CardName.Analeptic:
                if (!p.AnalepticUsedThisTurn)
                {
                    options.Add(Fixed(action, id, name));
                }

                break;
            case CardName.Collateral:
                AddCollateral(options, action, id, seat, others);
                break;
            case CardName.IronChain:
                options.Add(new PlayOption(action, [id], name, Targets(seat, seat, name, order), 1, 2));
                if (own)
                {
                    options.Add(new PlayOption("recast", [id], name, NoIds, 0, 0));
                }

                break;
            case CardName.Lightning:
                if (!HasInJudge(seat, CardName.Lightning))
                {
                    options.Add(Fixed(action, id, name));
                }

                break;
            case CardName.Dismantlement or CardName.Snatch or CardName.Duel or CardName.FireAttack
                or CardName.Indulgence or CardName.SupplyShortage:
                var targets = Targets(Locations[id].Seat, seat, name, name == CardName.FireAttack ? order : others);
                if (targets.Length > 0)
                {
                    options.Add(new PlayOption(action, [id], name, targets, 1, 1));
                }

                break;
            default:
                // 无中生有, AOE tricks, 桃园结义, 五谷丰登 and equipment have fixed targets.
                options.Add(Fixed(action, id, name));
                break;
        }
    }

    /// <summary>The candidates <paramref name="user"/> may target with a single-target card (play phase of <paramref name="seat"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private int[] Targets(int user, int seat, CardName name, ReadOnlySpan<int> candidates)
    {
        Span<int> found = stackalloc int[candidates.Length];
        var n = 0;
        var anyDistance = name is CardName.Snatch or CardName.SupplyShortage && IgnoresDistanceLimit(seat, name);
        for (var i = 0; i < candidates.Length; i++)
        {
            // For 顺手牵羊 and 兵粮寸断 the candidates are the other alive seats in turn order: candidates[i] is the (i+1)-th.
            var t = candidates[i];
            var eligible = name switch
            {
                CardName.Dismantlement => Players[t].HasAnyCard,
                CardName.Snatch => Players[t].HasAnyCard && (anyDistance || DistanceAt(seat, t, i + 1, candidates.Length) <= 1),
                CardName.FireAttack => Players[t].Hand.Count > (t == seat ? 1 : 0),
                CardName.Indulgence => !HasInJudge(t, name),
                CardName.SupplyShortage => !HasInJudge(t, name) && (anyDistance || DistanceAt(seat, t, i + 1, candidates.Length) <= 1),
                _ => true, // 决斗, 铁索连环
            };
            if (eligible && CanTarget(user, t, name))
            {
                found[n++] = t;
            }
        }

        return n == 0 ? NoIds : found[..n].ToArray();
    }

    /// <summary>杀 limit: once per play phase unless 诸葛连弩.</summary>
    internal bool CanSlashMore(int seat) =>
        Players[seat].SlashesThisPhase < 1 || WeaponOf(seat) == CardName.Crossbow
        || (Skills.StatusCount > 0 && UnlimitedSlashBySkill(seat));

    // Apart so that the lambda's closure is only allocated when a status skill exists.
    private bool UnlimitedSlashBySkill(int seat)
    {
        foreach (var skill in StatusSkillsOf(seat))
        {
            if (skill.UnlimitedSlash(this, seat))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The seats a 杀 of <paramref name="seat"/> may target; <paramref name="others"/> are the other alive seats in turn order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private List<int> SlashTargetsOf(int seat, ReadOnlySpan<int> others)
    {
        var targets = new List<int>(others.Length);
        var range = AttackRange(seat);
        for (var i = 0; i < others.Length; i++)
        {
            // Same as InAttackRange: others are alive and not the user, and others[i] is the (i+1)-th of them.
            var t = others[i];
            if (DistanceAt(seat, t, i + 1, others.Length) <= range && CanTarget(seat, t, CardName.Slash))
            {
                targets.Add(t);
            }
        }

        return targets;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal bool HasInJudge(int seat, CardName name)
    {
        foreach (var c in Players[seat].Judge)
        {
            if (JudgeNameOf(c) == name)
            {
                return true;
            }
        }

        return false;
    }

    private static PlayOption Fixed(string action, int id, CardName name) => new(action, [id], name, NoIds, 0, 0);

    private void AddCollateral(List<PlayOption> options, string action, int id, int seat, ReadOnlySpan<int> others)
    {
        List<int>? holders = null;
        List<IReadOnlyList<int>>? victims = null;
        Span<int> order = stackalloc int[Players.Length];
        foreach (var holder in others)
        {
            if (WeaponOf(holder) is null || !CanTarget(seat, holder, CardName.Collateral))
            {
                continue;
            }

            var inRange = new List<int>();
            var n = AliveOrderFrom(holder, order);
            for (var i = 0; i < n; i++)
            {
                var v = order[i];
                if (InAttackRange(holder, v) && CanTarget(holder, v, CardName.Slash))
                {
                    inRange.Add(v);
                }
            }

            if (inRange.Count > 0)
            {
                (holders ??= []).Add(holder);
                (victims ??= []).Add(inRange);
            }
        }

        if (holders is not null)
        {
            options.Add(new PlayOption(action, [id], CardName.Collateral, holders, 2, 2, victims));
        }
    }
}
