using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Skills;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    /// <summary>
    /// Dying: ask every alive player for 桃 in seat order from the current player (the dying player may also use
    /// 酒), each until they decline; still at 0 or less afterwards means death.
    /// </summary>
    internal async RuleTask Dying(int seat, int killer)
    {
        var victim = Players[seat];
        Emit(Ev(EventKind.Dying) with { Seat = seat, Hp = victim.Hp, MaxHp = victim.MaxHp });
        if (HasTriggerSkills)
        {
            await Trigger(new TriggerData { Timing = TriggerTiming.EnterDying, Seat = seat });
        }

        foreach (var saver in SeatOrderFrom(CurrentSeat).ToList())
        {
            while (victim.Alive && victim.Hp <= 0 && Players[saver].Alive)
            {
                CardName[] wanted = saver == seat ? [CardName.Peach, CardName.Analeptic] : [CardName.Peach];
                var cards = Players[saver].Hand.Where(c => wanted.Contains(Cards[c].Name)).ToList();
                if (cards.Count == 0)
                {
                    break;
                }

                var answer = await Ask(Request(saver, RequestKind.Peach, "dying", subject: seat, wanted: wanted, cards: cards));
                if (answer is null)
                {
                    break;
                }

                var id = answer.Cards[0];
                Move([id], ZoneKind.Processing);
                Emit(Ev(EventKind.CardUsed) with { Seat = saver, Name = Cards[id].Name, Cards = [id], Targets = [seat] });
                Discard([id]);
                Recover(seat, 1, saver);
            }

            if (victim.Hp > 0)
            {
                return;
            }
        }

        if (victim.Alive && victim.Hp <= 0)
        {
            await Kill(seat, killer);
        }
    }

    /// <summary>Death: reveal the role, drop every card, check the win, then rewards and penalties.</summary>
    internal async RuleTask Kill(int seat, int killer)
    {
        var victim = Players[seat];
        victim.Alive = false;
        victim.RolePublic = true;
        Emit(Ev(EventKind.Died) with { Seat = seat, Target = killer, Text = victim.Role.ToString() });
        if (HasTriggerSkills)
        {
            await Trigger(new TriggerData { Timing = TriggerTiming.Death, Seat = seat });
        }

        // The dead player's cards go to the discard pile even when this death ends the game.
        Discard([.. victim.Hand, .. victim.Equip.Where(e => e >= 0), .. victim.Judge]);
        if (victim.Chained)
        {
            victim.Chained = false;
            Emit(Ev(EventKind.ChainChanged) with { Seat = seat, Amount = 0 });
        }

        CheckWin();

        if (killer >= 0 && killer != seat && Players[killer].Alive)
        {
            if (victim.Role == Role.Rebel)
            {
                Draw(killer, 3);
            }
            else if (victim.Role == Role.Loyalist && Players[killer].Role == Role.Lord)
            {
                Discard(HandAndEquip(killer));
            }
        }

        if (seat == CurrentSeat)
        {
            throw new TurnAbortedSignal();
        }
    }

    /// <summary>Win conditions of rules.md d.3, checked at every death.</summary>
    private void CheckWin()
    {
        var alive = Players.Where(p => p.Alive).ToList();
        if (!Players[0].Alive)
        {
            if (alive.Count == 1 && alive[0].Role == Role.Renegade)
            {
                EndGame(WinningSide.Renegade, [alive[0].Seat]);
            }

            EndGame(WinningSide.Rebels, [.. Players.Where(p => p.Role == Role.Rebel).Select(p => p.Seat)]);
        }

        if (alive.All(p => p.Role is Role.Lord or Role.Loyalist))
        {
            EndGame(WinningSide.Lord, [.. Players.Where(p => p.Role is Role.Lord or Role.Loyalist).Select(p => p.Seat)]);
        }
    }

    /// <summary>Ends the game and unwinds every pending step.</summary>
    internal void EndGame(WinningSide side, IReadOnlyList<int> winners)
    {
        foreach (var p in Players.Where(p => !p.RolePublic))
        {
            p.RolePublic = true;
            Emit(Ev(EventKind.RoleRevealed) with { Seat = p.Seat, Text = p.Role.ToString() });
        }

        Result = new GameResult(side, winners, [.. Players.Select(p => p.Role)], TurnNumber, Round);
        Emit(Ev(EventKind.GameOver) with { Text = side.ToString(), Targets = winners });
        throw new GameEndedSignal();
    }
}
