using System.Runtime.CompilerServices;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Skills;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    // Awaiting a finished task never touches it, so one instance per game serves every skill-less timing.
    private readonly RuleTask completed = RuleTask.Completed();

    /// <summary>Gives a seat a skill by registry id (hero setup; tests).</summary>
    internal void GrantSkill(int seat, string skillId)
    {
        if (!Players[seat].Skills.Contains(skillId))
        {
            Players[seat].Skills.Add(skillId);
        }
    }

    /// <summary>
    /// Resolves a timing: players in seat order from the current player; each skill at most once per timing;
    /// a skill asks its owner first unless it is locked (<see cref="ISkill.AsksOwner"/>).
    /// </summary>
    internal RuleTask Trigger(TriggerData data) => Skills.Count == 0 || !AnySkillCanTrigger(data) ? completed : TriggerSkills(data);

    /// <summary>
    /// False when no trigger skill is registered: hot paths then skip building the timing's data at all (most
    /// timings of a turn fire with nobody listening).
    /// </summary>
    private bool HasTriggerSkills
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
        get => Skills.Count > 0;
    }

    private async RuleTask TriggerSkills(TriggerData data)
    {
        HashSet<(int, string)> done = [];
        foreach (var seat in SeatOrderFrom(CurrentSeat, includeDead: true))
        {
            // The dead take part only in their own death timing (death-rattle skills).
            if (!Players[seat].Alive && !(data.Timing == TriggerTiming.Death && seat == data.Seat))
            {
                continue;
            }

            foreach (var id in Players[seat].Skills.ToList())
            {
                var skill = Skills.Find(id);
                if (skill is null || !skill.Timings.Contains(data.Timing) || !done.Add((seat, id))
                    || !skill.CanTrigger(this, seat, data))
                {
                    continue;
                }

                if (skill.AsksOwner(this, seat, data))
                {
                    var answer = await Ask(Request(seat, RequestKind.ChooseOption, "skill:" + id, options: ["invoke"], subject: data.Seat));
                    if (answer is null)
                    {
                        continue;
                    }
                }

                Emit(new GameEvent(events.Count, EventKind.SkillInvoked, Visibility.Everyone, NoIds) { Seat = seat, Text = id });
                await skill.Resolve(this, seat, data);
            }
        }
    }

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
