using SanguoOrleans.Game.Cards;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    /// <summary>
    /// Distance between two alive seats: the shorter way round counting only alive players, +1 for the target's
    /// +1 horse, −1 for the source's −1 horse, at least 1.
    /// </summary>
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
            d += StatusSkillsOf(from).Sum(sk => sk.DistanceModifier(this, from, from, to))
                + StatusSkillsOf(to).Sum(sk => sk.DistanceModifier(this, to, from, to));
        }

        return Math.Max(1, d);
    }

    /// <summary>Whether <paramref name="user"/> may choose <paramref name="target"/> for <paramref name="card"/> (prohibition skills).</summary>
    internal bool CanTarget(int user, int target, CardName card) =>
        Skills.StatusCount == 0 || !StatusSkillsOf(target).Any(sk => sk.ProhibitsTarget(this, target, user, card));

    /// <summary>The status skills a seat has.</summary>
    internal IEnumerable<Skills.IStatusSkill> StatusSkillsOf(int seat)
    {
        if (Skills.StatusCount == 0)
        {
            yield break;
        }

        foreach (var id in Players[seat].Skills)
        {
            if (Skills.FindStatus(id) is { } skill)
            {
                yield return skill;
            }
        }
    }

    /// <summary>Attack range: the weapon's range, or 1 without a weapon.</summary>
    public int AttackRange(int seat)
    {
        var weapon = WeaponOf(seat);
        return weapon is { } w ? CardRules.WeaponRange(w) : 1;
    }

    /// <summary>Whether <paramref name="to"/> is another alive player within <paramref name="from"/>'s attack range.</summary>
    public bool InAttackRange(int from, int to) =>
        from != to && Players[to].Alive && Distance(from, to) <= AttackRange(from);

    /// <summary>The weapon a seat has equipped.</summary>
    internal CardName? WeaponOf(int seat)
    {
        var id = Players[seat].EquipOf(EquipSlot.Weapon);
        return id >= 0 ? Cards[id].Name : null;
    }

    /// <summary>The armor that protects a seat against this use (青釭剑 makes it ineffective).</summary>
    internal CardName? ArmorOf(int seat, CardUse? against)
    {
        var id = Players[seat].EquipOf(EquipSlot.Armor);
        return id >= 0 && against is not { IgnoresArmor: true } ? Cards[id].Name : null;
    }
}
