using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Skills;

/// <summary>The mutable data of one trigger timing; skills read it and may change it (count, damage, judgement…).</summary>
public sealed class TriggerData
{
    /// <summary>The timing being resolved.</summary>
    public TriggerTiming Timing { get; init; }

    /// <summary>The player the timing is about (turn owner, victim, judged player, dying player…).</summary>
    public int Seat { get; init; } = -1;

    /// <summary>Phase for phase timings.</summary>
    public Phase Phase { get; init; }

    /// <summary>Set by a skill to skip the phase (PhaseChanging).</summary>
    public bool SkipPhase { get; set; }

    /// <summary>A count skills may change (cards to draw in DrawNCards).</summary>
    public int Count { get; set; }

    /// <summary>The damage being resolved, for damage timings.</summary>
    public DamageInfo? Damage { get; init; }

    /// <summary>The card use being resolved, for card timings.</summary>
    public CardUse? Use { get; init; }

    /// <summary>The target of the current aim stage; a TargetConfirming skill sets it to move the card to another player.</summary>
    public int Target { get; set; } = -1;

    /// <summary>The judgement card id (AskForRetrial may replace it).</summary>
    public int JudgeCard { get; set; } = -1;

    /// <summary>What a judgement decides ("indulgence", "luoshen", "eight_diagram"…), for judgement timings.</summary>
    public string? Reason { get; init; }

    /// <summary>Card ids concerned (responded, lost…).</summary>
    public IReadOnlyList<int> Cards { get; init; } = [];

    /// <summary>CardsLost: the zone the cards left (hand or equipment).</summary>
    public ZoneKind From { get; init; }

    /// <summary>CardsLost: how many hand cards the player held right after the move (0: the last hand card was lost).</summary>
    public int HandCountAfter { get; init; }

    /// <summary>What the owner chose while deciding to invoke (cards to pay, a player), read back by its resolution.</summary>
    public IReadOnlyList<int> Chosen { get; set; } = [];
}
