using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Heroes;
using SanguoOrleans.Game.Modes;

namespace SanguoOrleans.Game.Flow;

/// <summary>Mutable state of one seat; only the engine changes it.</summary>
internal sealed class PlayerState(int seat, Role role)
{
    public int Seat { get; } = seat;

    public Role Role { get; } = role;

    public bool RolePublic { get; set; } = role == Role.Lord;

    public Hero? Hero { get; set; }

    public int Hp { get; set; }

    public int MaxHp { get; set; }

    public bool Alive { get; set; } = true;

    public bool Chained { get; set; }

    public List<int> Hand { get; } = [];

    /// <summary>Card id per <see cref="EquipSlot"/>, −1 when empty.</summary>
    public int[] Equip { get; } = [-1, -1, -1, -1];

    /// <summary>Delayed tricks in placement order (last placed resolves first).</summary>
    public List<int> Judge { get; } = [];

    public List<string> Skills { get; } = [];

    /// <summary>杀 used in the current play phase (for the once-per-phase limit).</summary>
    public int SlashesThisPhase { get; set; }

    /// <summary>酒 already used this turn (once per turn).</summary>
    public bool AnalepticUsedThisTurn { get; set; }

    /// <summary>Under 酒: the next 杀 this turn deals +1.</summary>
    public bool Drunk { get; set; }

    /// <summary>Public record of damage this seat dealt, per target seat (AIs read it to guess roles).</summary>
    public int[] DamageDealt { get; set; } = [];

    public Gender Gender => Hero?.Gender ?? Gender.Male;

    public bool IsWounded => Hp < MaxHp;

    public int EquipOf(EquipSlot slot) => Equip[(int)slot];

    public bool HasAnyCard => Hand.Count > 0 || Equip.Any(e => e >= 0) || Judge.Count > 0;
}
