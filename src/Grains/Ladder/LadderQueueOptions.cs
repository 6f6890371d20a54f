namespace SanguoOrleans.Grains.Ladder;

/// <summary>How ladder queues run, bound from the "LadderQueue" configuration section.</summary>
public sealed class LadderQueueOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "LadderQueue";

    /// <summary>How often a queue forms matches.</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a ranked table waits for its players to arrive before the game starts.</summary>
    public TimeSpan StartDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long an invitation to team up stays open.</summary>
    public TimeSpan InviteLifetime { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a ticket stays without a renewal from its player's connection before the next tick drops it. Must be
    /// well above the gateway's renewal period (Gateway:TableRefreshInterval), so one late renewal loses nothing.
    /// </summary>
    public TimeSpan TicketLease { get; set; } = TimeSpan.FromSeconds(75);

    /// <summary>How long a waiting ticket goes before AI fill the seats nobody took; overrides the ladder's rule when set.</summary>
    public TimeSpan? AiFillAfter { get; set; }

    /// <summary>
    /// Rating borders by ladder name, ascending: when a ladder has some, its players are routed to one queue per band
    /// (below the first border is band 0). None by default: one queue per ladder.
    /// </summary>
    public IDictionary<string, double[]> BandBorders { get; } = new Dictionary<string, double[]>();

    /// <summary>Answer time per deadline class at ranked tables, in seconds; null = the standard limits.</summary>
    public double? ActionSeconds { get; set; }
}
