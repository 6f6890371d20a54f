using System.Runtime.CompilerServices;
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
            // The turn's player died (TurnAbortedSignal): whatever was on the table goes to the discard pile.
            // Any other failure (the game ended) goes on up, without being rethrown.
            var error = await PlayTurn(CurrentSeat).Caught();
            if (error is not null and not TurnAbortedSignal)
            {
                await RuleTask.Failed(error);
            }

            if (Processing.Count > 0)
            {
                Discard([.. Processing]);
            }
            var next = NextAliveFrom((CurrentSeat + 1) % Players.Length);
            if (next <= CurrentSeat)
            {
                Round++;
                if (Round > Settings.MaxRounds)
                {
                    SetGameOver(WinningSide.Draw, []);
                    await RuleTask.Failed(new GameEndedSignal());
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
        p.TurnFlags.Clear();
        Emit(new GameEvent(events.Count, EventKind.TurnStarted, Visibility.Everyone, NoIds) { Seat = seat, Amount = TurnNumber });
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
                Emit(new GameEvent(events.Count, EventKind.PhaseSkipped, Visibility.Everyone, NoIds) { Seat = seat, Text = PhaseNames[(int)phase] });
                continue;
            }

            CurrentPhase = phase;
            Emit(new GameEvent(events.Count, EventKind.PhaseStarted, Visibility.Everyone, NoIds) { Seat = seat, Text = PhaseNames[(int)phase] });
            if (HasTriggerSkills)
            {
                await Trigger(new TriggerData { Timing = TriggerTiming.PhaseStart, Seat = seat, Phase = phase });
            }

            await (phase switch
            {
                // Phases with nothing to ask skip the async machinery (most turns: no delayed trick, no skill).
                Phase.Judge => Players[seat].Judge.Count > 0 ? JudgePhase(seat) : RuleTask.Done,
                Phase.Draw => HasTriggerSkills ? DrawPhase(seat) : DrawTwo(seat),
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
        p.TurnFlags.Clear();
    }

    private static RuleTask Done() => RuleTask.Done;

    /// <summary>The draw phase when no skill can change it (same as <see cref="DrawPhase"/> without listeners).</summary>
    private RuleTask DrawTwo(int seat)
    {
        Draw(seat, DrawPhaseCards(seat));
        return RuleTask.Done;
    }

    private async RuleTask DrawPhase(int seat)
    {
        var data = new TriggerData { Timing = TriggerTiming.DrawNCards, Seat = seat, Count = DrawPhaseCards(seat) };
        await Trigger(data);
        Draw(seat, Math.Max(0, data.Count));
    }

    private async RuleTask PlayPhase(int seat)
    {
        var p = Players[seat];
        p.SlashesThisPhase = 0;
        p.ResetSkillUses();
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

    private int HandLimitModifiers(int seat)
    {
        var sum = 0;
        foreach (var skill in StatusSkillsOf(seat))
        {
            sum += skill.HandLimitModifier(this, seat);
        }

        return sum;
    }

    /// <summary>How many hand cards a seat may keep in its discard phase: its HP, changed by skills, at least 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal int HandLimit(int seat)
    {
        var modifier = Skills.StatusCount == 0 ? 0 : HandLimitModifiers(seat);
        return Math.Max(0, Players[seat].Hp + modifier);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private RuleTask DiscardPhase(int seat)
    {
        var excess = Players[seat].Hand.Count - HandLimit(seat);
        return excess <= 0 ? RuleTask.Done : DiscardExcess(seat, excess);
    }

    private async RuleTask DiscardExcess(int seat, int excess)
    {
        var p = Players[seat];
        var answer = await Ask(Request(seat, RequestKind.SelectCards, "discard_phase", cards: [.. p.Hand], minCount: excess, maxCount: excess, canPass: false));
        Discard(answer!.Cards);
    }
}
