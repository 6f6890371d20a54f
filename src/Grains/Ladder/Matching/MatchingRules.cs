namespace SanguoOrleans.Grains.Ladder.Matching;

/// <summary>
/// How one ladder forms matches. A match has <see cref="Sides"/> sides of <see cref="SideSize"/> seats; tickets carry
/// 1 to <see cref="MaxPartySize"/> players. The rating window a ticket accepts widens linearly with its wait.
/// </summary>
internal sealed record MatchingRules
{
    /// <summary>Number of sides (2 for doubles; 8 for eight-player identity, where every seat plays for itself).</summary>
    public required int Sides { get; init; }

    /// <summary>Seats per side.</summary>
    public required int SideSize { get; init; }

    /// <summary>The largest premade team.</summary>
    public required int MaxPartySize { get; init; }

    /// <summary>Rating spread accepted at once.</summary>
    public double InitialWindow { get; init; } = 1.0;

    /// <summary>How much the window widens per second of waiting.</summary>
    public double WindowGrowthPerSecond { get; init; } = 0.05;

    /// <summary>The widest window.</summary>
    public double MaxWindow { get; init; } = 10.0;

    /// <summary>End of the strict band: from then on tickets of different sizes may meet.</summary>
    public TimeSpan MixSizesAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Start of the time-out band, when AI fill the seats nobody took; null = never.</summary>
    public TimeSpan? AiFillAfter { get; init; } = TimeSpan.FromSeconds(150);

    /// <summary>A ticket still unmatched after this long leaves the queue.</summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromSeconds(3600);

    /// <summary>Seats in one match.</summary>
    public int MatchSize => Sides * SideSize;

    /// <summary>The rating spread a ticket that has waited <paramref name="wait"/> accepts.</summary>
    public double Window(TimeSpan wait) =>
        Math.Min(MaxWindow, InitialWindow + (WindowGrowthPerSecond * Math.Max(0, wait.TotalSeconds)));

    /// <summary>Which list a ticket that has waited <paramref name="wait"/> is on.</summary>
    public WaitBand Band(TimeSpan wait) =>
        AiFillAfter is { } ai && wait >= ai ? WaitBand.TimedOut
        : wait >= MixSizesAfter ? WaitBand.Buffer
        : WaitBand.Strict;

    /// <summary>Why the rules cannot form matches, or null when they can.</summary>
    public string? Validate() => this switch
    {
        { Sides: < 1 } or { SideSize: < 1 } => "A match has at least one side of at least one seat.",
        { MaxPartySize: < 1 } => "A ticket has at least one player.",
        _ when MaxPartySize > SideSize => "A premade team fits on one side.",
        { InitialWindow: < 0 } or { WindowGrowthPerSecond: < 0 } => "Windows do not shrink.",
        _ when MaxWindow < InitialWindow => "The widest window is at least the initial one.",
        _ => null,
    };
}
