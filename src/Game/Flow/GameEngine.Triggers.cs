using System.Runtime.CompilerServices;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Skills;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    private static readonly int TimingCount = Enum.GetValues<TriggerTiming>().Length;

    // Awaiting a finished task never touches it, so one instance per game serves every skill-less timing.
    private readonly RuleTask completed = RuleTask.Completed();

    // Per timing, the (seat, skill) pairs listening to it in seat order; null when nobody holds a skill for it.
    private (int Seat, ISkill Skill)[]?[]? listeners;


    private bool anyTriggerSkill;

    // Per seat, the status skills it holds (built with the timing index).
    private IStatusSkill[][]? statusSkills;

    /// <summary>Gives a seat a skill by registry id (hero setup; tests).</summary>
    internal void GrantSkill(int seat, string skillId)
    {
        if (!Players[seat].Skills.Contains(skillId))
        {
            Players[seat].Skills.Add(skillId);
        }

        listeners = null;
    }

    /// <summary>Takes a skill from a seat (tests), or every skill when <paramref name="skillId"/> is null (a debut).</summary>
    internal void RevokeSkills(int seat, string? skillId = null)
    {
        if (skillId is null)
        {
            Players[seat].Skills.Clear();
        }
        else
        {
            Players[seat].Skills.Remove(skillId);
        }

        listeners = null;
    }

    /// <summary>
    /// Resolves a timing: players in seat order from the current player; one player with several skills that can
    /// trigger chooses their order; each skill at most once per timing; locked skills resolve without asking.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal RuleTask Trigger(TriggerData data) => Listens(data.Timing) && AnyReady(data) ? TriggerSkills(data) : completed;

    /// <summary>Whether any holder's skill can trigger now: most timings with listeners concern somebody else, and this skips the async resolution.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private bool AnyReady(TriggerData data)
    {
        var holders = listeners![(int)data.Timing]!;
        for (var i = 0; i < holders.Length; i++)
        {
            var (seat, skill) = holders[i];
            if (TakesPart(seat, data) && skill.CanTrigger(this, seat, data))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The living take part in every timing; the dead only in their own death timing (death-rattle skills).</summary>
    private bool TakesPart(int seat, TriggerData data) =>
        Players[seat].Alive || (data.Timing == TriggerTiming.Death && seat == data.Seat);

    /// <summary>
    /// False when no player holds a trigger skill: hot paths then skip building the timing's data at all (most
    /// timings of a turn fire with nobody listening).
    /// </summary>
    private bool HasTriggerSkills
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
        get
        {
            EnsureSkillIndex();
            return anyTriggerSkill;
        }
    }

    /// <summary>Whether a living player (or, at Death, anyone) holds a skill for <paramref name="timing"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal bool Listens(TriggerTiming timing)
    {
        EnsureSkillIndex();
        var holders = listeners![(int)timing];
        if (holders is null)
        {
            return false;
        }

        for (var i = 0; i < holders.Length; i++)
        {
            if (timing == TriggerTiming.Death || Players[holders[i].Seat].Alive)
            {
                return true;
            }
        }

        return false;
    }

    // Skill lists change only through GrantSkill and RevokeSkills, which drop the index; checked on every timing.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private void EnsureSkillIndex()
    {
        if (listeners is null)
        {
            BuildSkillIndex();
        }
    }

    private void BuildSkillIndex()
    {
        var byTiming = new List<(int, ISkill)>?[TimingCount];
        lossWatchers = new bool[Players.Length];
        anyTriggerSkill = false;
        statusSkills = new IStatusSkill[Players.Length][];
        foreach (var p in Players)
        {
            var status = new List<IStatusSkill>();
            foreach (var id in p.Skills)
            {
                if (Skills.FindStatus(id) is { } statusSkill)
                {
                    status.Add(statusSkill);
                }
            }

            statusSkills[p.Seat] = [.. status];
            foreach (var id in p.Skills)
            {
                if (Skills.Find(id) is not { } skill)
                {
                    continue;
                }

                anyTriggerSkill = true;
                foreach (var timing in skill.Timings)
                {
                    (byTiming[(int)timing] ??= []).Add((p.Seat, skill));
                    lossWatchers[p.Seat] |= timing == TriggerTiming.CardsLost;
                }
            }
        }

        listeners = [.. byTiming.Select(l => l?.ToArray())];
    }

    private async RuleTask TriggerSkills(TriggerData data)
    {
        var holders = listeners![(int)data.Timing]!;
        for (var i = 0; i < Players.Length; i++)
        {
            var seat = (CurrentSeat + i) % Players.Length;
            List<ISkill>? done = null;
            while (true)
            {
                if (!TakesPart(seat, data))
                {
                    break;
                }

                var ready = ReadySkills(holders, seat, data, done);
                if (ready.Count == 0)
                {
                    break;
                }

                var (skill, chosen) = ready.Count == 1 ? (ready[0], false) : await ChooseNextSkill(seat, ready, data);
                done ??= [];
                if (ready.Count > 1 && !chosen)
                {
                    // Passing the order request declines every optional skill still waiting.
                    done.AddRange(ready.Where(s => !s.IsCompulsory(data)));
                }

                if (skill is null)
                {
                    break;
                }

                done.Add(skill);
                if (await skill.Cost(this, seat, data, chosen))
                {
                    Emit(new GameEvent(events.Count, EventKind.SkillInvoked, Visibility.Everyone, NoIds) { Seat = seat, Target = SubjectOf(data), Text = skill.Id });
                    await skill.Resolve(this, seat, data);
                }
            }
        }
    }

    private List<ISkill> ReadySkills((int Seat, ISkill Skill)[] holders, int seat, TriggerData data, List<ISkill>? done)
    {
        List<ISkill> ready = [];
        foreach (var (owner, skill) in holders)
        {
            if (owner == seat && done?.Contains(skill) != true && !ready.Contains(skill) && skill.CanTrigger(this, seat, data))
            {
                ready.Add(skill);
            }
        }

        return ready;
    }

    /// <summary>
    /// Several skills of one player can trigger: the player picks the next one. Passing declines the optional
    /// ones; a compulsory one then resolves anyway.
    /// </summary>
    private async RuleTask<(ISkill? Skill, bool Chosen)> ChooseNextSkill(int seat, List<ISkill> ready, TriggerData data)
    {
        var answer = await Ask(Request(
            seat, RequestKind.ChooseOption, "trigger_order", source: SourceOf(data), subject: SubjectOf(data),
            options: [.. ready.Select(s => s.Id)]));
        if (answer is not null)
        {
            return (ready.First(s => s.Id == answer.Option), true);
        }

        return (ready.FirstOrDefault(s => s.IsCompulsory(data)), false);
    }

    /// <summary>Asks <paramref name="seat"/> whether to invoke skill <paramref name="id"/> ("skill:id", one option "invoke").</summary>
    internal async RuleTask<bool> AskToInvoke(int seat, string id, TriggerData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var answer = await Ask(Request(seat, RequestKind.ChooseOption, "skill:" + id, source: SourceOf(data), subject: SubjectOf(data), options: InvokeOption));
        return answer is not null;
    }

    private static readonly string[] InvokeOption = ["invoke"];

    /// <summary>Whom the timing is about: the aimed-at target in the aim stage, otherwise its seat.</summary>
    private static int SubjectOf(TriggerData data) => data.Target >= 0 ? data.Target : data.Seat;

    /// <summary>Who caused the timing's event: the damage source or the card user (−1 none).</summary>
    private static int SourceOf(TriggerData data) => data.Damage?.Source ?? data.Use?.User ?? -1;

    /// <summary>The first alive seat in turn order starting at <paramref name="first"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal int NextAliveFrom(int first)
    {
        for (var i = 0; i < Players.Length; i++)
        {
            var seat = (first + i) % Players.Length;
            if (Players[seat].Alive)
            {
                return seat;
            }
        }

        throw new InvalidOperationException("no seat is alive");
    }

    /// <summary>Fills <paramref name="seats"/> with the alive seats in turn order from <paramref name="first"/>; returns the count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal int AliveOrderFrom(int first, Span<int> seats)
    {
        var n = 0;
        for (var i = 0; i < Players.Length; i++)
        {
            var seat = (first + i) % Players.Length;
            if (Players[seat].Alive)
            {
                seats[n++] = seat;
            }
        }

        return n;
    }

    /// <summary>Seats in turn order starting at <paramref name="first"/>.</summary>
    internal IEnumerable<int> SeatOrderFrom(int first, bool includeDead = false)
    {
        for (var i = 0; i < Players.Length; i++)
        {
            var seat = (first + i) % Players.Length;
            if (includeDead || Players[seat].Alive)
            {
                yield return seat;
            }
        }
    }
}
