using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Skills;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    private static readonly CardName[] PeachOnly = [CardName.Peach];
    private static readonly CardName[] SelfRescue = [CardName.Peach, CardName.Analeptic];

    /// <summary>
    /// Dying: ask every alive player for 桃 in seat order from the current player (the dying player may also use
    /// 酒), each until they decline; still at 0 or less afterwards means death.
    /// </summary>
    internal async RuleTask Dying(int seat, int killer)
    {
        var victim = Players[seat];
        Emit(new GameEvent(events.Count, EventKind.Dying, Visibility.Everyone, NoIds) { Seat = seat, Hp = victim.Hp, MaxHp = victim.MaxHp });
        if (HasTriggerSkills)
        {
            await Trigger(new TriggerData { Timing = TriggerTiming.EnterDying, Seat = seat });
        }

        foreach (var saver in SeatOrderFrom(CurrentSeat).ToList())
        {
            while (victim.Alive && victim.Hp <= 0 && Players[saver].Alive)
            {
                var wanted = saver == seat ? SelfRescue : PeachOnly;
                var cards = Players[saver].Hand.Where(c => wanted.Contains(Cards[c].Name)).ToList();
                var conversions = AnswerConversions(saver, wanted, withProxies: false);
                if (cards.Count == 0 && conversions is null)
                {
                    break;
                }

                var answer = await Ask(Request(saver, RequestKind.Peach, "dying", subject: seat, wanted: wanted, cards: cards, plays: conversions));
                if (answer is null)
                {
                    break;
                }

                var id = answer.Cards[0];
                var name = Cards[id].Name;
                if (answer.Option is { } skill && conversions is not null && DecisionValidator.Match(conversions, skill, answer.Cards) is { } conversion)
                {
                    Emit(new GameEvent(events.Count, EventKind.SkillInvoked, Visibility.Everyone, NoIds) { Seat = saver, Text = skill });
                    name = conversion.As;
                }

                MoveCard(id, ZoneKind.Processing);
                Emit(new GameEvent(events.Count, EventKind.CardUsed, Visibility.Everyone, NoIds) { Seat = saver, Name = name, Cards = [id], Targets = [seat] });
                DiscardCard(id);
                var extra = name == CardName.Peach && Skills.PlayerSkillCount > 0 ? ExtraRecovery(seat, saver) : 0;
                Recover(seat, 1 + extra, saver);
            }

            if (victim.Hp > 0)
            {
                break;
            }
        }

        if (victim.Alive && victim.Hp <= 0)
        {
            await Kill(seat, killer);
        }

        ResumeLossesAfterDying(seat);
    }

    /// <summary>
    /// Death: reveal the role, drop every card, check the win, then rewards and penalties. In a team mode a player
    /// with heroes in reserve loses only the hero, and the next one debuts.
    /// </summary>
    internal async RuleTask Kill(int seat, int killer)
    {
        var victim = Players[seat];
        var debut = ReserveOf(seat).Count > 0;
        if (debut)
        {
            Emit(new GameEvent(events.Count, EventKind.HeroDefeated, Visibility.Everyone, NoIds) { Seat = seat, Target = killer, Text = victim.Hero?.Id });
        }
        else
        {
            victim.Alive = false;
            victim.RolePublic = true;
            Emit(new GameEvent(events.Count, EventKind.Died, Visibility.Everyone, NoIds) { Seat = seat, Target = killer, Text = RoleNames[(int)victim.Role] });
        }

        if (HasTriggerSkills)
        {
            await Trigger(new TriggerData { Timing = TriggerTiming.Death, Seat = seat });
        }

        // The dead player's cards go to the discard pile even when this death ends the game.
        Discard([.. victim.Hand, .. victim.Equip.Where(e => e >= 0), .. victim.Judge]);
        if (victim.Chained)
        {
            victim.Chained = false;
            Emit(new GameEvent(events.Count, EventKind.ChainChanged, Visibility.Everyone, NoIds) { Seat = seat, Amount = 0 });
        }

        if (!debut && (Teams is null ? CheckWin() : CheckTeamWin()))
        {
            await RuleTask.Failed(new GameEndedSignal());
        }

        if (Teams is not null)
        {
            TeammatesDraw(seat);
            if (debut)
            {
                await Debut(seat);
            }
        }
        else if (killer >= 0 && killer != seat && Players[killer].Alive)
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
            // Unwinds the turn without throwing: every awaiting rule step fails in turn up to PlayTurns.
            await RuleTask.Failed(new TurnAbortedSignal());
        }
    }

    /// <summary>Win conditions of rules.md d.3, checked at every death; true (and the result set) when the game is over.</summary>
    private bool CheckWin()
    {
        PlayerState? lastAlive = null;
        int aliveCount = 0, aliveOutsideLordSide = 0;
        foreach (var p in Players)
        {
            if (p.Alive)
            {
                lastAlive = p;
                aliveCount++;
                aliveOutsideLordSide += p.Role is Role.Lord or Role.Loyalist ? 0 : 1;
            }
        }

        if (!Players[0].Alive)
        {
            if (aliveCount == 1 && lastAlive!.Role == Role.Renegade)
            {
                SetGameOver(WinningSide.Renegade, [lastAlive.Seat]);
                return true;
            }

            SetGameOver(WinningSide.Rebels, SeatsWith(Role.Rebel, Role.Rebel));
            return true;
        }

        if (aliveOutsideLordSide == 0)
        {
            SetGameOver(WinningSide.Lord, SeatsWith(Role.Lord, Role.Loyalist));
            return true;
        }

        return false;
    }

    private int[] SeatsWith(Role a, Role b)
    {
        var seats = new List<int>();
        foreach (var p in Players)
        {
            if (p.Role == a || p.Role == b)
            {
                seats.Add(p.Seat);
            }
        }

        return [.. seats];
    }

    /// <summary>Ends the game and unwinds every pending step (thrown from synchronous rules: the draw game of an empty pile).</summary>
    internal void EndGame(WinningSide side, IReadOnlyList<int> winners)
    {
        SetGameOver(side, winners);
        throw new GameEndedSignal();
    }

    /// <summary>Reveals every role, sets the result and emits GameOver; the caller then unwinds with a <see cref="GameEndedSignal"/>.</summary>
    private void SetGameOver(WinningSide side, IReadOnlyList<int> winners)
    {
        foreach (var p in Players)
        {
            if (!p.RolePublic)
            {
                p.RolePublic = true;
                Emit(new GameEvent(events.Count, EventKind.RoleRevealed, Visibility.Everyone, NoIds) { Seat = p.Seat, Text = RoleNames[(int)p.Role] });
            }
        }

        var roles = new Role[Players.Length];
        for (var i = 0; i < roles.Length; i++)
        {
            roles[i] = Players[i].Role;
        }

        Result = new GameResult(side, winners, roles, TurnNumber, Round);
        Emit(new GameEvent(events.Count, EventKind.GameOver, Visibility.Everyone, NoIds) { Text = side.ToString(), Targets = winners });
    }
}
