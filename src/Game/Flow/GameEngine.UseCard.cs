using System.Runtime.CompilerServices;
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
        if (action is not ("use" or "recast" or "spear" or "fan"))
        {
            // Nothing changed since the options were offered: the same options give the name the cards count as.
            await PerformSkillPlay(seat, d, DecisionValidator.Match(PlayOptions(seat), action, d.Cards)!);
            return;
        }

        var first = d.Cards[0];
        if (action == "recast")
        {
            // 铁索连环 recast: not a use, so no nullification; the card is shown, discarded, and one card drawn.
            Emit(new GameEvent(events.Count, EventKind.Chose, Visibility.Everyone, NoIds) { Seat = seat, Text = "recast", Cards = [first] });
            DiscardCard(first);
            Draw(seat, 1);
            return;
        }

        var name = action switch
        {
            "spear" => CardName.Slash,
            "fan" => CardName.FireSlash,
            _ => Cards[first].Name,
        };
        var targets = FixedTargets(seat, name) ?? ChosenTargets(seat, d.Targets, name == CardName.Collateral ? 1 : 3);
        await UseCard(NewUse(seat, name, d.Cards, targets, name == CardName.Collateral ? d.Targets[1] : -1), countLimit: true);
    }

    /// <summary>The first <paramref name="max"/> named targets, in seat order from the user (alive seats only).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private List<int> ChosenTargets(int user, IReadOnlyList<int> named, int max)
    {
        var take = Math.Min(max, named.Count);
        var targets = new List<int>(take);
        for (var i = 0; i < Players.Length; i++)
        {
            var seat = (user + i) % Players.Length;
            if (!Players[seat].Alive)
            {
                continue;
            }

            for (var j = 0; j < take; j++)
            {
                if (named[j] == seat)
                {
                    targets.Add(seat);
                    break;
                }
            }
        }

        return targets;
    }

    /// <summary>Builds a use, deriving suit and colour from the physical cards.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal CardUse NewUse(int user, CardName name, IReadOnlyList<int> cards, List<int> targets, int victim = -1)
    {
        // Suit when all cards share one; colour when all share one (no cards: neither).
        Suit? suit = null;
        bool? red = null;
        bool mixedSuits = false, mixedColours = false;
        for (var i = 0; i < cards.Count; i++)
        {
            var s = Cards[cards[i]].Suit;
            mixedSuits |= suit is { } known && known != s;
            mixedColours |= red is { } r && r != s.IsRed();
            suit ??= s;
            red ??= s.IsRed();
        }

        return new CardUse
        {
            User = user, Name = name, Cards = [.. cards], Targets = targets, Victim = victim,
            Suit = mixedSuits ? null : suit,
            IsRed = mixedColours ? null : red,
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private List<int>? FixedTargets(int user, CardName name) => name switch
    {
        CardName.SavageAssault or CardName.ArcheryAttack => AliveFrom(user, skipFirst: true),
        CardName.GodSalvation or CardName.AmazingGrace => AliveFrom(user, skipFirst: false),
        CardName.Peach or CardName.Analeptic or CardName.ExNihilo or CardName.Lightning => [user],
        _ when CardRules.TypeOf(name) == CardType.Equipment => [user],
        _ => null,
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private List<int> AliveFrom(int first, bool skipFirst)
    {
        var seats = new List<int>(Players.Length);
        for (var i = 0; i < Players.Length; i++)
        {
            var seat = (first + i) % Players.Length;
            if (Players[seat].Alive)
            {
                seats.Add(seat);
            }
        }

        if (skipFirst && seats.Count > 0)
        {
            seats.RemoveAt(0);
        }

        return seats;
    }

    /// <summary>
    /// Uses a card: to the processing area, use bookkeeping (杀 limit, 酒), CardUsed, the per-target aim stage,
    /// then the effect; leftover cards go to the discard pile.
    /// </summary>
    internal async RuleTask UseCard(CardUse use, bool countLimit)
    {
        var p = Players[use.User];
        Move(use.Cards, ZoneKind.Processing);
        Emit(new GameEvent(events.Count, EventKind.CardUsed, Visibility.Everyone, NoIds) { Seat = use.User, Name = use.Name, Cards = use.Cards, Targets = use.Targets, Target = use.Victim });
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

        await FlushCardsLost();
        if (Listens(TriggerTiming.CardUsed))
        {
            await Trigger(new TriggerData { Timing = TriggerTiming.CardUsed, Seat = use.User, Use = use });
        }

        if (Listens(TriggerTiming.TargetConfirming))
        {
            await ConfirmTargets(use);
        }

        foreach (var target in use.Targets.ToList())
        {
            if (Listens(TriggerTiming.TargetSpecified))
            {
                await Trigger(new TriggerData { Timing = TriggerTiming.TargetSpecified, Seat = use.User, Use = use, Target = target });
            }

            if (Listens(TriggerTiming.TargetConfirmed))
            {
                await Trigger(new TriggerData { Timing = TriggerTiming.TargetConfirmed, Seat = target, Use = use, Target = target });
            }

            if (CardRules.IsSlash(use.Name) && WeaponOf(use.User) == CardName.DoubleSwords)
            {
                await DoubleSwords(use, target);
            }
        }

        await Effect(use);
        DiscardProcessed(use.Cards);
    }

    /// <summary>
    /// Each target in turn may move the card to another player (流离); the new target is asked again, so a card
    /// moves on until nobody moves it (each move costs its mover a card, so this ends).
    /// </summary>
    private async RuleTask ConfirmTargets(CardUse use)
    {
        for (var i = 0; i < use.Targets.Count; i++)
        {
            while (true)
            {
                var target = use.Targets[i];
                var data = new TriggerData { Timing = TriggerTiming.TargetConfirming, Seat = target, Use = use, Target = target };
                await Trigger(data);
                if (data.Target == target || data.Target < 0 || use.Targets.Contains(data.Target))
                {
                    break;
                }

                use.Targets[i] = data.Target;
                Emit(new GameEvent(events.Count, EventKind.TargetChanged, Visibility.Everyone, NoIds) { Seat = target, Target = data.Target, Name = use.Name });
            }
        }
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
            var card = use.Cards[0];
            if (Cards[card].Name != use.Name)
            {
                judgeAs[card] = use.Name;
            }
            else
            {
                judgeAs.Remove(card);
            }

            Move([card], ZoneKind.Judge, use.Targets[0]);
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
            DiscardCard(old);
        }

        MoveCard(id, ZoneKind.Equipment, seat);
    }

    /// <summary>Whether a trick's effect on a target is cancelled (no effect, or nullified).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private RuleTask<bool> TrickCancelled(CardUse use, int target)
    {
        // 桃园结义 has no effect on a healthy character, so nobody is asked to nullify it there.
        if (use.Name == CardName.GodSalvation && !Players[target].IsWounded)
        {
            return FinishedBool.True;
        }

        if (use.Name is CardName.SavageAssault or CardName.ArcheryAttack && ArmorOf(target, use) == CardName.Vine)
        {
            Emit(new GameEvent(events.Count, EventKind.EffectCancelled, Visibility.Everyone, NoIds) { Seat = use.User, Target = target, Name = use.Name, Text = "vine" });
            return FinishedBool.True;
        }

        return use.CannotBeNullified ? FinishedBool.False : IsNullified(use.Name, use.User, target);
    }
}
