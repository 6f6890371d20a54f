using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Skills;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    private static readonly Phase[] TurnPhases = [Phase.Start, Phase.Judge, Phase.Draw, Phase.Play, Phase.Discard, Phase.Finish];

    /// <summary>Phases of the current turn that will be skipped (乐不思蜀, 兵粮寸断, skills).</summary>
    internal HashSet<Phase> SkippedPhases { get; } = [];

    private async RuleTask PlayTurns()
    {
        Round = 1;
        CurrentSeat = 0;
        while (true)
        {
            try
            {
                await PlayTurn(CurrentSeat);
            }
            catch (TurnAbortedSignal)
            {
                // The turn's player died: whatever was on the table goes to the discard pile.
            }

            Discard([.. Processing]);
            var next = SeatOrderFrom((CurrentSeat + 1) % Players.Length).First();
            if (next <= CurrentSeat)
            {
                Round++;
                if (Round > Settings.MaxRounds)
                {
                    EndGame(WinningSide.Draw, []);
                }
            }

            CurrentSeat = next;
        }
    }

    private async RuleTask PlayTurn(int seat)
    {
        var p = Players[seat];
        TurnNumber++;
        CurrentPhase = Phase.None;
        SkippedPhases.Clear();
        p.Drunk = false;
        p.AnalepticUsedThisTurn = false;
        Emit(Ev(EventKind.TurnStarted) with { Seat = seat, Amount = TurnNumber });
        if (HasTriggerSkills)
        {
            await Trigger(new TriggerData { Timing = TriggerTiming.TurnStart, Seat = seat });
        }

        foreach (var phase in TurnPhases)
        {
            var changing = HasTriggerSkills ? new TriggerData { Timing = TriggerTiming.PhaseChanging, Seat = seat, Phase = phase } : null;
            if (changing is not null)
            {
                await Trigger(changing);
            }

            if (changing is { SkipPhase: true } || SkippedPhases.Contains(phase))
            {
                Emit(Ev(EventKind.PhaseSkipped) with { Seat = seat, Text = phase.ToString() });
                continue;
            }

            CurrentPhase = phase;
            Emit(Ev(EventKind.PhaseStarted) with { Seat = seat, Text = phase.ToString() });
            if (HasTriggerSkills)
            {
                await Trigger(new TriggerData { Timing = TriggerTiming.PhaseStart, Seat = seat, Phase = phase });
            }

            await (phase switch
            {
                Phase.Judge => JudgePhase(seat),
                Phase.Draw => DrawPhase(seat),
                Phase.Play => PlayPhase(seat),
                Phase.Discard => DiscardPhase(seat),
                _ => Done(),
            });
            if (HasTriggerSkills)
            {
                await Trigger(new TriggerData { Timing = TriggerTiming.PhaseEnd, Seat = seat, Phase = phase });
            }
        }

        if (HasTriggerSkills)
        {
            await Trigger(new TriggerData { Timing = TriggerTiming.TurnEnd, Seat = seat });
        }

        p.Drunk = false;
    }

#pragma warning disable CS1998 // an already-completed step
    private static async RuleTask Done()
    {
    }
#pragma warning restore CS1998

    private async RuleTask DrawPhase(int seat)
    {
        var data = new TriggerData { Timing = TriggerTiming.DrawNCards, Seat = seat, Count = 2 };
        await Trigger(data);
        Draw(seat, Math.Max(0, data.Count));
    }

    private async RuleTask PlayPhase(int seat)
    {
        var p = Players[seat];
        p.SlashesThisPhase = 0;
        while (true)
        {
            var plays = PlayOptions(seat);
            var answer = await Ask(Request(seat, RequestKind.Play, "play", deadline: DeadlineClass.Action, plays: plays));
            if (answer is null)
            {
                return;
            }

            await PerformPlay(seat, answer);
        }
    }

    private async RuleTask DiscardPhase(int seat)
    {
        var p = Players[seat];
        var limit = Math.Max(0, p.Hp + StatusSkillsOf(seat).Sum(sk => sk.HandLimitModifier(this, seat)));
        var excess = p.Hand.Count - limit;
        if (excess <= 0)
        {
            return;
        }

        var answer = await Ask(Request(seat, RequestKind.SelectCards, "discard_phase", cards: [.. p.Hand], minCount: excess, maxCount: excess, canPass: false));
        Discard(answer!.Cards);
    }
}
