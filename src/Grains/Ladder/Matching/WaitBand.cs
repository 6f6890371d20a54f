namespace SanguoOrleans.Grains.Ladder.Matching;

/// <summary>The seed's strict, buffer and time-out lists, expressed as how long a ticket has waited.</summary>
internal enum WaitBand
{
    /// <summary>Matched only with tickets of its own size (teams with teams, singles with singles).</summary>
    Strict,

    /// <summary>May be matched with tickets of any size (a team against two singles).</summary>
    Buffer,

    /// <summary>May be matched with fewer players than seats; AI take the rest at the players' level.</summary>
    TimedOut,
}
