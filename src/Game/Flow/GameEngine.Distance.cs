using System.Runtime.CompilerServices;
using SanguoOrleans.Game.Cards;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    /// <summary>
    /// Distance between two alive seats: the shorter way round counting only alive players, +1 for the target's
    /// +1 horse, −1 for the source's −1 horse, at least 1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    public int Distance(int from, int to)
    {
        if (from == to)
        {
            return 0;
        }

        int steps = 0, total = 0;
        for (var i = 1; i < Players.Length; i++)
        {
            var seat = (from + i) % Players.Length;
            if (!Players[seat].Alive)
            {
                continue;
            }

            total++;
            if (seat == to)
            {
                steps = total;
            }
        }

        return DistanceAt(from, to, steps, total);
    }

    /// <summary>
    /// <see cref="Distance"/> when the caller already knows that <paramref name="to"/> is the
    /// <paramref name="steps"/>-th of the <paramref name="total"/> other alive seats in turn order from
    /// <paramref name="from"/> (play options walk that order anyway).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private int DistanceAt(int from, int to, int steps, int total)
    {
        var clockwise = steps;
        var counter = total + 1 - steps;
        var d = Math.Min(clockwise, counter);
        if (Players[to].EquipOf(EquipSlot.DefensiveHorse) >= 0)
        {
            d++;
        }

        if (Players[from].EquipOf(EquipSlot.OffensiveHorse) >= 0)
        {
            d--;
        }

        if (Skills.StatusCount > 0)
        {
            d += DistanceModifiers(from, to);
        }

        return Math.Max(1, d);
    }

    // Kept apart from the hot methods, and written as plain loops over the seats' few skill ids: every distance
    // with a hero in play comes through here.
    private int DistanceModifiers(int from, int to)
    {
        var sum = 0;
        foreach (var skill in StatusSkillsOf(from))
        {
            sum += skill.DistanceModifier(this, from, from, to);
        }

        foreach (var skill in StatusSkillsOf(to))
        {
            sum += skill.DistanceModifier(this, to, from, to);
        }

        return sum;
    }

    /// <summary>Whether <paramref name="user"/> may choose <paramref name="target"/> for <paramref name="card"/> (prohibition skills).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal bool CanTarget(int user, int target, CardName card) =>
        Skills.StatusCount == 0 || !ProhibitedBySkill(user, target, card);

    private bool ProhibitedBySkill(int user, int target, CardName card)
    {
        foreach (var skill in StatusSkillsOf(target))
        {
            if (skill.ProhibitsTarget(this, target, user, card))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="user"/>'s <paramref name="card"/> ignores its distance limit (奇才).</summary>
    internal bool IgnoresDistanceLimit(int user, CardName card)
    {
        if (Skills.StatusCount == 0)
        {
            return false;
        }

        foreach (var skill in StatusSkillsOf(user))
        {
            if (skill.IgnoresDistanceLimit(this, user, card))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How many cards <paramref name="responder"/> must play to answer <paramref name="owner"/>'s side of
    /// <paramref name="use"/> once: 1, more under 无双.
    /// </summary>
    internal int ResponsesNeeded(int owner, CardUse use, int responder)
    {
        var needed = 1;
        if (Skills.StatusCount == 0 || owner < 0)
        {
            return needed;
        }

        foreach (var skill in StatusSkillsOf(owner))
        {
            needed += skill.ExtraResponses(this, owner, use, responder);
        }

        return needed;
    }

    /// <summary>The status skills a seat has (indexed with the trigger skills: no lookup by id on the hot paths).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal Skills.IStatusSkill[] StatusSkillsOf(int seat)
    {
        EnsureSkillIndex();
        return statusSkills![seat];
    }

    /// <summary>Attack range: the weapon's range, or 1 without a weapon.</summary>
    public int AttackRange(int seat)
    {
        var weapon = WeaponOf(seat);
        return weapon is { } w ? CardRules.WeaponRange(w) : 1;
    }

    /// <summary>Whether <paramref name="to"/> is another alive player within <paramref name="from"/>'s attack range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    public bool InAttackRange(int from, int to) =>
        from != to && Players[to].Alive && Distance(from, to) <= AttackRange(from);

    /// <summary>The weapon a seat has equipped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal CardName? WeaponOf(int seat)
    {
        var id = Players[seat].EquipOf(EquipSlot.Weapon);
        return id >= 0 ? Cards[id].Name : null;
    }

    /// <summary>The armor that protects a seat against this use (青釭剑 makes it ineffective).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal CardName? ArmorOf(int seat, CardUse? against)
    {
        var id = Players[seat].EquipOf(EquipSlot.Armor);
        return id >= 0 && against is not { IgnoresArmor: true } ? Cards[id].Name : null;
    }
}
