namespace SanguoOrleans.Game.Events;

/// <summary>Kinds of game events.</summary>
public enum EventKind
{
    /// <summary>Game set up: <c>Count</c> seats.</summary>
    GameStarted,
    /// <summary>A seat's role becomes known to the audience (<c>Text</c> = role).</summary>
    RoleRevealed,
    /// <summary>Heroes offered to <c>Seat</c> (<c>Text</c> = comma-separated ids).</summary>
    HeroesOffered,
    /// <summary><c>Seat</c> plays hero <c>Text</c> with <c>Hp</c>/<c>MaxHp</c>.</summary>
    HeroChosen,
    /// <summary><c>Seat</c> starts turn number <c>Amount</c>.</summary>
    TurnStarted,
    /// <summary><c>Seat</c> enters phase <c>Text</c>.</summary>
    PhaseStarted,
    /// <summary><c>Seat</c> skips phase <c>Text</c>.</summary>
    PhaseSkipped,
    /// <summary><c>Count</c> cards move From/FromSeat → To/ToSeat; <c>Cards</c> holds ids when the audience may see them.</summary>
    CardsMoved,
    /// <summary>The discard pile (<c>Count</c> cards) is shuffled into the draw pile.</summary>
    Reshuffled,
    /// <summary><c>Seat</c> uses <c>Name</c> (cards <c>Cards</c>) on <c>Targets</c>.</summary>
    CardUsed,
    /// <summary><c>Seat</c> plays <c>Name</c> as a response.</summary>
    CardResponded,
    /// <summary>A card's effect on <c>Target</c> is cancelled (<c>Text</c> says why).</summary>
    EffectCancelled,
    /// <summary><c>Seat</c>'s judgement card is <c>Cards[0]</c>; <c>Text</c> = what was judged.</summary>
    Judged,
    /// <summary><c>Target</c> takes <c>Amount</c> damage (<c>Text</c> = element) from <c>Seat</c> (−1 none); HP after.</summary>
    Damaged,
    /// <summary><c>Seat</c> recovers <c>Amount</c>; HP after.</summary>
    Recovered,
    /// <summary><c>Seat</c> loses <c>Amount</c> HP; HP after.</summary>
    HpLost,
    /// <summary><c>Seat</c> is dying.</summary>
    Dying,
    /// <summary><c>Seat</c> dies (killer <c>Target</c>, −1 none); role in <c>Text</c>.</summary>
    Died,
    /// <summary><c>Seat</c> becomes chained (<c>Amount</c> 1) or unchained (0).</summary>
    ChainChanged,
    /// <summary><c>Seat</c> invokes skill or equipment <c>Text</c>.</summary>
    SkillInvoked,
    /// <summary><c>Seat</c> chose <c>Text</c> (public choices).</summary>
    Chose,
    /// <summary>Game over: <c>Text</c> = winning side ("draw" for a draw); <c>Targets</c> = winning seats.</summary>
    GameOver,
    /// <summary><c>Seat</c>, a target of <c>Name</c>, moved it to <c>Target</c> (流离).</summary>
    TargetChanged,
    /// <summary><c>Seat</c> looks at <c>Cards</c> from the draw pile (观星, 遗计): only that seat receives the ids.</summary>
    CardsSeen,
    /// <summary>Team modes, at the start: the seats of one side (Targets, side number in Amount; Count 1 when teammates see each other's hands).</summary>
    SideFormed,
    /// <summary>Team modes: a hero died and its player goes on with the next one (Seat, killer in Target, hero id in Text).</summary>
    HeroDefeated,
}
