using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Views;

namespace SanguoOrleans.Game.Ai;

/// <summary>
/// What an AI may read about the table: exactly the facts of its player's <see cref="PlayerView"/> (public state,
/// its own hand and role, public roles). Implemented over a <see cref="PlayerView"/> record and, without copying,
/// over the live engine state; SmartAi is generic over it so both paths run the same heuristics.
/// </summary>
internal interface IAiView
{
    /// <summary>The AI's seat.</summary>
    int Viewer { get; }

    /// <summary>Number of seats.</summary>
    int SeatCount { get; }

    /// <summary>The role of a seat when public or the viewer's own, else null.</summary>
    Role? VisibleRole(int seat);

    bool Alive(int seat);

    int Hp(int seat);

    int MaxHp(int seat);

    int HandCount(int seat);

    /// <summary>The viewer's own hand.</summary>
    IReadOnlyList<int> OwnHand { get; }

    /// <summary>Equipment card id in a slot, −1 when empty.</summary>
    int Equip(int seat, int slot);

    /// <summary>Delayed tricks in placement order (public).</summary>
    IReadOnlyList<int> Judge(int seat);

    /// <summary>Cards in the processing area (public); a judgement card is the last one while it is judged.</summary>
    IReadOnlyList<int> Processing { get; }

    /// <summary>Public damage tally: damage <paramref name="from"/> dealt to <paramref name="to"/>.</summary>
    int DamageDealt(int from, int to);

    /// <summary>Whether the seat's hero (public) has the skill <paramref name="skillId"/>, lord skills aside.</summary>
    bool HeroHasSkill(int seat, string skillId);

    /// <summary>
    /// A number that changes whenever anything role guessing reads changes (roles revealed, deaths, damage); −1
    /// when unknown (then nothing is cached).
    /// </summary>
    long RelationsVersion { get; }

    /// <summary>Where role guesses may be cached for this viewer (null: not cached).</summary>
    GameEngine? Cache { get; }
}

/// <summary><see cref="IAiView"/> over a <see cref="PlayerView"/> record (clients, tests, the public API).</summary>
internal readonly struct RecordView(PlayerView view) : IAiView
{
    public int Viewer => view.Viewer;

    public int SeatCount => view.Seats.Count;

    public Role? VisibleRole(int seat) => view.Seats[seat].Role switch
    {
        null => null,
        nameof(Role.Lord) => Role.Lord,
        nameof(Role.Loyalist) => Role.Loyalist,
        nameof(Role.Rebel) => Role.Rebel,
        nameof(Role.Renegade) => Role.Renegade,
        var role => throw new ArgumentOutOfRangeException(nameof(seat), role, "unknown role"),
    };

    public bool Alive(int seat) => view.Seats[seat].Alive;

    public int Hp(int seat) => view.Seats[seat].Hp;

    public int MaxHp(int seat) => view.Seats[seat].MaxHp;

    public int HandCount(int seat) => view.Seats[seat].HandCount;

    public IReadOnlyList<int> OwnHand => view.Seats[view.Viewer].Hand;

    public int Equip(int seat, int slot) => view.Seats[seat].Equipment[slot];

    public IReadOnlyList<int> Judge(int seat) => view.Seats[seat].Judge;

    public IReadOnlyList<int> Processing => view.Processing;

    public int DamageDealt(int from, int to) => view.Seats[from].DamageDealt[to];

    public bool HeroHasSkill(int seat, string skillId) =>
        view.Seats[seat].Hero is { } hero && Heroes.HeroCatalog.Get(hero).Skills.Contains(skillId);

    public long RelationsVersion => -1;

    public GameEngine? Cache => null;
}
