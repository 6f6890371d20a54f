using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Skills;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    /// <summary>
    /// Deals damage: source-side then victim-side modifiers, HP loss, dying, then iron-chain propagation of
    /// elemental damage to every other chained character in seat order from the current player.
    /// </summary>
    internal async RuleTask Damage(DamageInfo d)
    {
        // Cards lost before the damage (the last 杀 played in a 决斗) trigger before it, not during the dying.
        await FlushCardsLost();
        var target = Players[d.Target];
        if (!target.Alive)
        {
            return;
        }

        await ApplySourceWeapon(d);
        if (Listens(TriggerTiming.DamageCaused))
        {
            await Trigger(new TriggerData { Timing = TriggerTiming.DamageCaused, Seat = d.Source, Damage = d });
        }

        if (d.Prevented || !target.Alive)
        {
            return;
        }

        var chainAmount = d.Amount;
        var armor = ArmorOf(d.Target, d.Use);
        if (armor == CardName.Vine && d.Element == DamageElement.Fire)
        {
            d.Amount++;
        }

        if (armor == CardName.SilverLion && d.Amount > 1)
        {
            d.Amount = 1;
        }

        if (Listens(TriggerTiming.DamageInflicted))
        {
            await Trigger(new TriggerData { Timing = TriggerTiming.DamageInflicted, Seat = d.Target, Damage = d });
        }

        if (d.Prevented || d.Amount <= 0)
        {
            return;
        }

        target.Hp -= d.Amount;
        if (d.Source >= 0)
        {
            Players[d.Source].DamageDealt[d.Target] += d.Amount;
            PublicVersion++;
        }

        Emit(new GameEvent(events.Count, EventKind.Damaged, Visibility.Everyone, NoIds)
        {
            Seat = d.Source, Target = d.Target, Amount = d.Amount, Text = ElementNames[(int)d.Element], Hp = target.Hp, MaxHp = target.MaxHp,
        });
        var conducts = target.Chained && d.Element != DamageElement.Normal;
        if (conducts)
        {
            SetChained(d.Target, false);
        }

        if (target.Hp <= 0)
        {
            await Dying(d.Target, d.Source);
        }

        if (Listens(TriggerTiming.Damage) && d.Source >= 0 && Players[d.Source].Alive)
        {
            await Trigger(new TriggerData { Timing = TriggerTiming.Damage, Seat = d.Source, Damage = d });
        }

        if (Listens(TriggerTiming.Damaged) && target.Alive)
        {
            await Trigger(new TriggerData { Timing = TriggerTiming.Damaged, Seat = d.Target, Damage = d });
        }

        if (conducts && !d.FromChain)
        {
            foreach (var seat in SeatOrderFrom(CurrentSeat).ToList())
            {
                if (Players[seat].Alive && Players[seat].Chained)
                {
                    await Damage(new DamageInfo
                    {
                        Source = d.Source, Target = seat, Amount = chainAmount, Element = d.Element, Use = d.Use, FromChain = true,
                    });
                }
            }
        }
    }

    /// <summary>Chains or unchains a character (public).</summary>
    internal void SetChained(int seat, bool chained)
    {
        Players[seat].Chained = chained;
        Emit(new GameEvent(events.Count, EventKind.ChainChanged, Visibility.Everyone, NoIds) { Seat = seat, Amount = chained ? 1 : 0 });
    }

    /// <summary>Recovers HP up to the maximum.</summary>
    internal void Recover(int seat, int amount, int source)
    {
        var p = Players[seat];
        var gained = Math.Min(amount, p.MaxHp - p.Hp);
        if (!p.Alive || gained <= 0)
        {
            return;
        }

        p.Hp += gained;
        Emit(new GameEvent(events.Count, EventKind.Recovered, Visibility.Everyone, NoIds) { Seat = seat, Target = source, Amount = gained, Hp = p.Hp, MaxHp = p.MaxHp });
    }

    /// <summary>Loses HP (not damage: no source, no armor, no chain).</summary>
    internal async RuleTask LoseHp(int seat, int amount)
    {
        await FlushCardsLost();
        var p = Players[seat];
        if (!p.Alive || amount <= 0)
        {
            return;
        }

        p.Hp -= amount;
        Emit(new GameEvent(events.Count, EventKind.HpLost, Visibility.Everyone, NoIds) { Seat = seat, Amount = amount, Hp = p.Hp, MaxHp = p.MaxHp });
        if (p.Hp <= 0)
        {
            await Dying(seat, -1);
        }
    }
}
