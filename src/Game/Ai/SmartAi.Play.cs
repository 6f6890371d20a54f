using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Views;

namespace SanguoOrleans.Game.Ai;

public sealed partial class SmartAi
{
    private static Decision? Play(PlayerView view, DecisionRequest r, Relations rel)
    {
        var me = view.Seats[r.Seat];
        int enemies = 0, friends = 0, woundedEnemies = 0;
        foreach (var s in view.Seats)
        {
            if (s.Alive && s.Seat != r.Seat)
            {
                enemies += rel.IsEnemy(s.Seat) ? 1 : 0;
                friends += rel.IsFriend(s.Seat) ? 1 : 0;
                woundedEnemies += rel.IsEnemy(s.Seat) && s.Hp < s.MaxHp ? 1 : 0;
            }
        }

        PlayOption? slash = null;
        foreach (var o in r.Plays)
        {
            var card = o.Cards[0];
            switch (o.As)
            {
                case var eq when CardRules.TypeOf(eq) == CardType.Equipment && o.Action == "use":
                    if (me.Equipment[(int)CardRules.SlotOf(eq)] < 0)
                    {
                        return Decision.With(r, [card]);
                    }

                    break;
                case CardName.Peach when me.Hp < me.MaxHp:
                case CardName.ExNihilo:
                case CardName.AmazingGrace:
                    return Decision.With(r, [card]);
                case CardName.GodSalvation when me.Hp < me.MaxHp && woundedEnemies <= friends:
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

                    var rescue = o.As is CardName.Snatch or CardName.Dismantlement
                        ? o.Targets.FirstOrDefault(t => rel.IsFriend(t) && view.Seats[t].Judge.Any(j => CardCatalog.All[j].Name != CardName.Lightning), -1)
                        : -1;
                    if (rescue >= 0)
                    {
                        return Decision.With(r, [card], [rescue]);
                    }

                    break;
                case CardName.FireAttack when me.HandCount >= 4:
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
                            var v = o.SecondTargets![i].FirstOrDefault(t => !rel.IsFriend(t), -1);
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

        return PlaySlash(view, r, rel, slash);
    }

    private static Decision? PlaySlash(PlayerView view, DecisionRequest r, Relations rel, PlayOption? slash)
    {
        var spear = r.Plays.FirstOrDefault(p => p.Action == "spear");
        var option = slash ?? spear;
        if (option is null)
        {
            return null;
        }

        var target = BestEnemy(view, option.Targets, rel);
        if (target < 0 && view.Seats[r.Seat].Role is "Rebel" or "Loyalist")
        {
            // Without information rebels and loyalists still press on: most unknown players are on the other side.
            target = option.Targets.FirstOrDefault(t => rel.Of(t) == Attitude.Unknown, -1);
        }

        if (target < 0)
        {
            return null;
        }

        var analeptic = r.Plays.FirstOrDefault(p => p.As == CardName.Analeptic);
        if (analeptic is not null && slash is not null)
        {
            return Decision.With(r, [analeptic.Cards[0]]);
        }

        if (option == spear)
        {
            return Decision.With(r, [.. CardValue.Cheapest(spear.Cards).Take(2)], [target], "spear");
        }

        var fan = r.Plays.FirstOrDefault(p => p.Action == "fan" && p.Cards[0] == option.Cards[0]);
        return fan is not null
            ? Decision.With(r, fan.Cards, [target], "fan")
            : Decision.With(r, option.Cards, [target]);
    }

    /// <summary>The weakest enemy among the candidates (the lord first for rebels), or −1.</summary>
    private static int BestEnemy(PlayerView view, IReadOnlyList<int> candidates, Relations rel) =>
        candidates.Where(rel.IsEnemy)
            .OrderBy(t => t == 0 ? 0 : 1)
            .ThenBy(t => view.Seats[t].Hp)
            .FirstOrDefault(-1);
}
