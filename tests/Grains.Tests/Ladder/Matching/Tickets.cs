using SanguoOrleans.Grains.Ladder.Matching;

namespace SanguoOrleans.Grains.Tests.Ladder.Matching;

/// <summary>Rules and tickets for matcher tests.</summary>
internal static class Tickets
{
    public static MatchingRules Doubles { get; } = new() { Sides = 2, SideSize = 2, MaxPartySize = 2 };

    public static MatchingRules Identity8 { get; } = new() { Sides = 8, SideSize = 1, MaxPartySize = 1 };

    public static MatchTicket Single(long id, double rating, double enqueuedAtSeconds = 0) =>
        new(id, [Guid.NewGuid()], rating, TimeSpan.FromSeconds(enqueuedAtSeconds));

    public static MatchTicket Team(long id, double rating, double enqueuedAtSeconds = 0) =>
        new(id, [Guid.NewGuid(), Guid.NewGuid()], rating, TimeSpan.FromSeconds(enqueuedAtSeconds));

    public static TimeSpan At(double seconds) => TimeSpan.FromSeconds(seconds);

    public static LadderMatcher With(MatchingRules rules, params MatchTicket[] tickets)
    {
        var matcher = new LadderMatcher(rules);
        foreach (var ticket in tickets)
        {
            Assert.True(matcher.Add(ticket));
        }

        return matcher;
    }
}
