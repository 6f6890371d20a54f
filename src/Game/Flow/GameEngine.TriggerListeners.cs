using System.Runtime.CompilerServices;
using SanguoOrleans.Game.Skills;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    /// <summary>
    /// Whether any skill in play can trigger at this timing: most timings of a turn have nobody able to, and this
    /// plain synchronous scan spares them the asynchronous resolution and its allocations.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private bool AnySkillCanTrigger(TriggerData data)
    {
        for (var seat = 0; seat < Players.Length; seat++)
        {
            var p = Players[seat];
            if (!p.Alive && !(data.Timing == TriggerTiming.Death && seat == data.Seat))
            {
                continue;
            }

            for (var i = 0; i < p.Skills.Count; i++)
            {
                if (Skills.Find(p.Skills[i]) is { } skill && Listens(skill, data.Timing) && skill.CanTrigger(this, seat, data))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Listens(ISkill skill, TriggerTiming timing)
    {
        var timings = skill.Timings;
        for (var i = 0; i < timings.Count; i++)
        {
            if (timings[i] == timing)
            {
                return true;
            }
        }

        return false;
    }
}
