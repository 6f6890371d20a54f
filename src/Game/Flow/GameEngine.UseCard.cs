using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Skills;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    private async RuleTask PerformPlay(int seat, Decision d)
    {
        var action = d.Option ?? "use";
        var first = d.Cards[0];
        if (action == "recast")
        {
            // 铁索连环 recast: not a use, so no nullification; the card is shown, discarded, and one card drawn.
            Emit(Ev(EventKind.Chose) with { Seat = seat, Text = "recast", Cards = [first] });
            Discard([first]);
            Draw(seat, 1);
            return;
        }

        var name = action switch
        {
            "spear" => CardName.Slash,
            "fan" => CardName.FireSlash,
            _ => Cards[first].Name,
        };
        var targets = FixedTargets(seat, name) ?? [.. SeatOrderFrom(seat).Where(d.Targets.Take(name == CardName.Collateral ? 1 : 3).Contains)];
        await UseCard(NewUse(seat, name, d.Cards, targets, name == CardName.Collateral ? d.Targets[1] : -1), countLimit: true);
    }

    /// <summary>Builds a use, deriving suit and colour from the physical cards.</summary>
    internal CardUse NewUse(int user, CardName name, IReadOnlyList<int> cards, List<int> targets, int victim = -1)
    {
        var suits = cards.Select(c => Cards[c].Suit).Distinct().ToList();
        var colours = suits.Select(s => s.IsRed()).Distinct().ToList();
        return new CardUse
        {
            User = user, Name = name, Cards = [.. cards], Targets = targets, Victim = victim,
            Suit = suits.Count == 1 ? suits[0] : null,
            IsRed = colours.Count == 1 ? colours[0] : null,
        };
    }

    private List<int>? FixedTargets(int user, CardName name) => name switch
    {
        CardName.SavageAssault or CardName.ArcheryAttack => [.. SeatOrderFrom(user).Skip(1)],
        CardName.GodSalvation or CardName.AmazingGrace => [.. SeatOrderFrom(user)],
        CardName.Peach or CardName.Analeptic or CardName.ExNihilo or CardName.Lightning => [user],
        _ when CardRules.TypeOf(name) == CardType.Equipment => [user],
        _ => null,
    };

    /// <summary>
    /// Uses a card: to the processing area, use bookkeeping (杀 limit, 酒), CardUsed, the per-target aim stage,
    /// then the effect; leftover cards go to the discard pile.
    /// </summary>
    internal async RuleTask UseCard(CardUse use, bool countLimit)
    {
        var p = Players[use.User];
        Move(use.Cards, ZoneKind.Processing);
        Emit(Ev(EventKind.CardUsed) with { Seat = use.User, Name = use.Name, Cards = use.Cards, Targets = use.Targets, Target = use.Victim });
        if (CardRules.IsSlash(use.Name))
        {
            if (countLimit)
            {
                p.SlashesThisPhase++;
            }

            if (p.Drunk)
            {
                use.ExtraDamage++;
                p.Drunk = false;
            }

            use.IgnoresArmor = WeaponOf(use.User) == CardName.QinggangSword;
        }

        if (HasTriggerSkills)
        {
            await Trigger(new TriggerData { Timing = TriggerTiming.CardUsed, Seat = use.User, Use = use });
        }

        foreach (var target in use.Targets.ToList())
        {
            if (HasTriggerSkills)
            {
                await Trigger(new TriggerData { Timing = TriggerTiming.TargetSpecified, Seat = use.User, Use = use, Target = target });
            }

            if (HasTriggerSkills)
            {
                await Trigger(new TriggerData { Timing = TriggerTiming.TargetConfirmed, Seat = target, Use = use, Target = target });
            }

            if (CardRules.IsSlash(use.Name) && WeaponOf(use.User) == CardName.DoubleSwords)
            {
                await DoubleSwords(use, target);
            }
        }

        await Effect(use);
        Discard([.. use.Cards.Where(c => Locations[c].Zone == ZoneKind.Processing)]);
    }

    private async RuleTask Effect(CardUse use)
    {
        var type = CardRules.TypeOf(use.Name);
        if (type == CardType.Equipment)
        {
            Equip(use.User, use.Cards[0]);
            return;
        }

        if (type == CardType.DelayedTrick)
        {
            Move([use.Cards[0]], ZoneKind.Judge, use.Targets[0]);
            return;
        }

        switch (use.Name)
        {
            case CardName.Peach:
                Recover(use.User, 1, use.User);
                return;
            case CardName.Analeptic:
                Players[use.User].AnalepticUsedThisTurn = true;
                Players[use.User].Drunk = true;
                return;
            case CardName.Slash or CardName.ThunderSlash or CardName.FireSlash:
                foreach (var t in use.Targets)
                {
                    await SlashEffect(use, t);
                }

                return;
            case CardName.AmazingGrace:
                await AmazingGrace(use);
                return;
            default:
                foreach (var t in use.Targets)
                {
                    if (Players[t].Alive && !await TrickCancelled(use, t))
                    {
                        await TrickEffect(use, t);
                    }
                }

                return;
        }
    }

    /// <summary>Puts equipment into its slot; the card it replaces goes to the discard pile.</summary>
    internal void Equip(int seat, int id)
    {
        var old = Players[seat].EquipOf(CardRules.SlotOf(Cards[id].Name));
        if (old >= 0)
        {
            Discard([old]);
        }

        Move([id], ZoneKind.Equipment, seat);
    }

    /// <summary>Whether a trick's effect on a target is cancelled (no effect, or nullified).</summary>
    private async RuleTask<bool> TrickCancelled(CardUse use, int target)
    {
        // 桃园结义 has no effect on a healthy character, so nobody is asked to nullify it there.
        if (use.Name == CardName.GodSalvation && !Players[target].IsWounded)
        {
            return true;
        }

        if (use.Name is CardName.SavageAssault or CardName.ArcheryAttack && ArmorOf(target, use) == CardName.Vine)
        {
            Emit(Ev(EventKind.EffectCancelled) with { Seat = use.User, Target = target, Name = use.Name, Text = "vine" });
            return true;
        }

        return await IsNullified(use.Name, use.User, target);
    }
}
