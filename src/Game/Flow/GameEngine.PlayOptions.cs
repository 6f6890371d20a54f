using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    /// <summary>Every legal play-phase action of a seat, with its legal targets.</summary>
    internal List<PlayOption> PlayOptions(int seat)
    {
        var p = Players[seat];
        var options = new List<PlayOption>();
        var others = SeatOrderFrom(seat).Where(s => s != seat).ToList();

        // Asked at every play request; distances are worked out only when a 杀 (or 丈八蛇矛) can use them.
        List<int>? slashTargets = null;
        List<int> SlashTargets() => slashTargets ??= CanSlashMore(seat) ? SlashTargetsOf(seat, others) : [];
        foreach (var id in p.Hand)
        {
            var name = Cards[id].Name;
            switch (name)
            {
                case CardName.Slash or CardName.ThunderSlash or CardName.FireSlash:
                    if (SlashTargets().Count > 0)
                    {
                        var max = WeaponOf(seat) == CardName.Halberd && p.Hand.Count == 1 ? 3 : 1;
                        options.Add(new PlayOption("use", [id], name, slashTargets!, 1, max));
                        if (name == CardName.Slash && WeaponOf(seat) == CardName.Fan)
                        {
                            options.Add(new PlayOption("fan", [id], CardName.FireSlash, slashTargets!, 1, max));
                        }
                    }

                    break;
                case CardName.Jink or CardName.Nullification:
                    break;
                case CardName.Peach:
                    if (p.IsWounded)
                    {
                        options.Add(Fixed(id, name));
                    }

                    break;
                case CardName.Analeptic:
                    if (!p.AnalepticUsedThisTurn)
                    {
                        options.Add(Fixed(id, name));
                    }

                    break;
                case CardName.Dismantlement:
                    AddTargeted(options, id, name, others.Where(t => Players[t].HasAnyCard));
                    break;
                case CardName.Snatch:
                    AddTargeted(options, id, name, others.Where(t => Players[t].HasAnyCard && Distance(seat, t) <= 1));
                    break;
                case CardName.Duel:
                    AddTargeted(options, id, name, others);
                    break;
                case CardName.Collateral:
                    AddCollateral(options, id, seat, others);
                    break;
                case CardName.IronChain:
                    options.Add(new PlayOption("use", [id], name, [.. SeatOrderFrom(seat).Where(t => CanTarget(seat, t, name))], 1, 2));
                    options.Add(new PlayOption("recast", [id], name, [], 0, 0));
                    break;
                case CardName.FireAttack:
                    AddTargeted(options, id, name, SeatOrderFrom(seat).Where(t => Players[t].Hand.Count > (t == seat ? 1 : 0)));
                    break;
                case CardName.Lightning:
                    if (!HasInJudge(seat, CardName.Lightning))
                    {
                        options.Add(Fixed(id, name));
                    }

                    break;
                case CardName.Indulgence:
                    AddTargeted(options, id, name, others.Where(t => !HasInJudge(t, name)));
                    break;
                case CardName.SupplyShortage:
                    AddTargeted(options, id, name, others.Where(t => !HasInJudge(t, name) && Distance(seat, t) <= 1));
                    break;
                default:
                    // 无中生有, AOE tricks, 桃园结义, 五谷丰登 and equipment have fixed targets.
                    options.Add(Fixed(id, name));
                    break;
            }
        }

        if (WeaponOf(seat) == CardName.Spear && p.Hand.Count >= 2 && SlashTargets().Count > 0)
        {
            options.Add(new PlayOption("spear", [.. p.Hand], CardName.Slash, slashTargets!, 1, 1));
        }

        return options;
    }

    /// <summary>杀 limit: once per play phase unless 诸葛连弩.</summary>
    internal bool CanSlashMore(int seat) =>
        Players[seat].SlashesThisPhase < 1 || WeaponOf(seat) == CardName.Crossbow
        || StatusSkillsOf(seat).Any(sk => sk.UnlimitedSlash(this, seat));

    private List<int> SlashTargetsOf(int seat, List<int> others)
    {
        var targets = new List<int>(others.Count);
        foreach (var t in others)
        {
            if (InAttackRange(seat, t) && CanTarget(seat, t, CardName.Slash))
            {
                targets.Add(t);
            }
        }

        return targets;
    }

    internal bool HasInJudge(int seat, CardName name) => Players[seat].Judge.Any(c => Cards[c].Name == name);

    private static PlayOption Fixed(int id, CardName name) => new("use", [id], name, [], 0, 0);

    private void AddTargeted(List<PlayOption> options, int id, CardName name, IEnumerable<int> targets)
    {
        var user = Locations[id].Seat;
        var list = targets.Where(t => CanTarget(user, t, name)).ToList();
        if (list.Count > 0)
        {
            options.Add(new PlayOption("use", [id], name, list, 1, 1));
        }
    }

    private void AddCollateral(List<PlayOption> options, int id, int seat, List<int> others)
    {
        var holders = new List<int>();
        var victims = new List<IReadOnlyList<int>>();
        foreach (var holder in others.Where(t => WeaponOf(t) is not null && CanTarget(seat, t, CardName.Collateral)))
        {
            var inRange = SeatOrderFrom(holder).Where(v => InAttackRange(holder, v) && CanTarget(holder, v, CardName.Slash)).ToList();
            if (inRange.Count > 0)
            {
                holders.Add(holder);
                victims.Add(inRange);
            }
        }

        if (holders.Count > 0)
        {
            options.Add(new PlayOption("use", [id], CardName.Collateral, holders, 2, 2, victims));
        }
    }
}
