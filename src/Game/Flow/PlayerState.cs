using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Heroes;
using SanguoOrleans.Game.Modes;

namespace SanguoOrleans.Game.Flow;

/// <summary>Mutable state of one seat; only the engine changes it.</summary>
/// <remarks>Plain fields: the rules read them constantly, also from async state machines that run unoptimized at first.</remarks>
internal sealed class PlayerState(int seat, Role role)
{
    public readonly int Seat = seat;

    public readonly Role Role = role;

    private bool rolePublic = role == Role.Lord;
    private bool alive = true;

    /// <summary>Counts changes of <see cref="Alive"/> and <see cref="RolePublic"/> (AI role guesses are cached on it).</summary>
    public int PublicChanges { get; private set; }

    public bool RolePublic
    {
        get => rolePublic;
        set
        {
            rolePublic = value;
            PublicChanges++;
        }
    }

    public Hero? Hero;

    public int Hp;

    public int MaxHp;

    public bool Alive
    {
        get => alive;
        set
        {
            alive = value;
            PublicChanges++;
        }
    }

    public bool Chained;

    public readonly List<int> Hand = [];

    /// <summary>How many 无懈可击 <see cref="Hand"/> holds (kept by the engine's zone moves; most tricks find none).</summary>
    public int NullificationsInHand;

    /// <summary>Card id per <see cref="EquipSlot"/>, −1 when empty.</summary>
    public readonly int[] Equip = [-1, -1, -1, -1];

    /// <summary>Delayed tricks in placement order (last placed resolves first).</summary>
    public readonly List<int> Judge = [];

    public readonly List<string> Skills = [];

    /// <summary>杀 used in the current play phase (for the once-per-phase limit).</summary>
    public int SlashesThisPhase;

    /// <summary>Skill uses in the current play phase, by skill id (created on first use).</summary>
    private Dictionary<string, int>? skillUses;

    /// <summary>How many times (or, for counting skills, how much) <paramref name="skillId"/> was used this play phase.</summary>
    public int UsesOf(string skillId) => skillUses is not null && skillUses.TryGetValue(skillId, out var n) ? n : 0;

    /// <summary>Records a use of <paramref name="skillId"/> this play phase.</summary>
    public void AddUse(string skillId, int amount = 1)
    {
        skillUses ??= [];
        skillUses[skillId] = UsesOf(skillId) + amount;
    }

    /// <summary>Forgets the per-phase skill uses (a new play phase begins).</summary>
    public void ResetSkillUses() => skillUses?.Clear();

    /// <summary>酒 already used this turn (once per turn).</summary>
    public bool AnalepticUsedThisTurn;

    /// <summary>Under 酒: the next 杀 this turn deals +1.</summary>
    public bool Drunk;

    /// <summary>Effects that last until the end of this seat's current turn, by skill id (裸衣).</summary>
    public readonly HashSet<string> TurnFlags = [];

    /// <summary>Public record of damage this seat dealt, per target seat (AIs read it to guess roles).</summary>
    public int[] DamageDealt = [];

    public Gender Gender => Hero?.Gender ?? Gender.Male;

    public bool IsWounded => Hp < MaxHp;

    public int EquipOf(EquipSlot slot) => Equip[(int)slot];

    public bool HasAnyCard => Hand.Count > 0 || Judge.Count > 0 || Equip[0] >= 0 || Equip[1] >= 0 || Equip[2] >= 0 || Equip[3] >= 0;
}
