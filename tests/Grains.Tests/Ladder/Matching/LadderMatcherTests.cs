using SanguoOrleans.Grains.Ladder.Matching;
using static SanguoOrleans.Grains.Tests.Ladder.Matching.Tickets;

namespace SanguoOrleans.Grains.Tests.Ladder.Matching;

public class LadderMatcherTests
{
    [Fact]
    public void FourSinglesWithinTheWindow_FormOneMatch_StrongestPairedWithWeakest()
    {
        var matcher = With(Doubles, Single(1, 20.0), Single(2, 20.3), Single(3, 20.6), Single(4, 20.9));

        var match = Assert.Single(matcher.Tick(At(1)).Matches);

        Assert.Equal(0, matcher.Count);
        Assert.Equal(0.9, match.Spread, 6);
        Assert.Equal(0, match.AiSeats);
        Assert.Equal([20.0, 20.9, 20.3, 20.6], match.Seats.Select(s => s.Rating));
        Assert.Equal([0, 0, 1, 1], match.Seats.Select(s => s.Side));
    }

    [Fact]
    public void TicketsFartherApartThanTheWindow_WaitUntilItHasWidened()
    {
        // Spread 3: the initial window is 1 and widens by 0.05/s, so it covers 3 after 40 s.
        var matcher = With(Doubles, Single(1, 20), Single(2, 21), Single(3, 22), Single(4, 23));

        var early = matcher.Tick(At(10));
        var stillEarly = matcher.Tick(At(39));
        var later = matcher.Tick(At(40));

        Assert.Empty(early.Matches);
        Assert.Empty(stillEarly.Matches);
        Assert.Equal(3.0, Assert.Single(later.Matches).Spread, 6);
    }

    [Fact]
    public void Window_WidensWithWait_UpToItsMaximum()
    {
        var rules = Doubles;

        Assert.Equal(1.0, rules.Window(TimeSpan.Zero), 6);
        Assert.Equal(3.0, rules.Window(At(40)), 6);
        Assert.Equal(rules.MaxWindow, rules.Window(At(10_000)), 6);
        Assert.True(rules.Window(At(20)) > rules.Window(At(10)));
    }

    [Fact]
    public void NearestTicketsByRating_AreMatchedTogether_NotTheFirstArrivals()
    {
        // Arrival order alternates low and high ratings; a first-come matcher would mix them.
        var tickets = Enumerable.Range(0, 8).Select(i => Single(i + 1, i % 2 == 0 ? 10 + (i * 0.01) : 30 + (i * 0.01))).ToArray();
        var matcher = With(Doubles, tickets);

        var matches = matcher.Tick(At(1)).Matches;

        Assert.Equal(2, matches.Count);
        Assert.All(matches, m => Assert.True(m.Spread < 0.1));
    }

    [Fact]
    public void PremadeTeams_StayOnOneSide_AndMeetTeamsWhileStrict()
    {
        var teamA = Team(1, 25.0);
        var teamB = Team(2, 25.2);
        var matcher = With(Doubles, teamA, Single(3, 25.1), Single(4, 25.1), teamB);

        var match = Assert.Single(matcher.Tick(At(1)).Matches);

        Assert.Equal([1L, 2L], match.Tickets.Select(t => t.Id).Order());
        Assert.All(new[] { teamA, teamB }, team => Assert.Single(match.Seats.Where(s => team.Members.Contains(s.User!.Value)).Select(s => s.Side).Distinct()));
        Assert.Equal(2, matcher.Count);
    }

    [Fact]
    public void ATeamThatWaitedPastTheStrictBand_MeetsTwoSinglesAsASide()
    {
        var team = Team(1, 25.0, enqueuedAtSeconds: 0);
        var matcher = With(Doubles, team, Single(2, 25.1, 25), Single(3, 25.2, 25));

        var strict = matcher.Tick(At(29));
        var buffered = matcher.Tick(At(30));

        Assert.Empty(strict.Matches);
        var match = Assert.Single(buffered.Matches);
        var teamSides = match.Seats.Where(s => team.Members.Contains(s.User!.Value)).Select(s => s.Side).Distinct();
        var otherSide = 1 - Assert.Single(teamSides);
        Assert.Equal(2, match.Seats.Count(s => s.Side == otherSide && s.User is not null && !team.Members.Contains(s.User.Value)));
    }

    [Fact]
    public void AfterTheAiWait_ALoneTicketIsMatchedWithAiAtItsLevel()
    {
        var matcher = With(Doubles, Single(1, 31.5), Single(2, 12.0));

        var before = matcher.Tick(At(149));
        var after = matcher.Tick(At(150));

        Assert.Empty(before.Matches);
        Assert.Equal(2, after.Matches.Count);
        var high = after.Matches.Single(m => m.Tickets[0].Id == 1);
        Assert.Equal(3, high.AiSeats);
        Assert.All(high.Seats, s => Assert.Equal(31.5, s.Rating, 6));
    }

    [Fact]
    public void AiFill_TakesOnlyTheSeatsThePlayersInTheWindowLeave()
    {
        var matcher = With(Identity8, Single(1, 20), Single(2, 21), Single(3, 22), Single(4, 40, 140));

        var match = Assert.Single(matcher.Tick(At(150)).Matches);

        Assert.Equal([1L, 2L, 3L], match.Tickets.Select(t => t.Id).Order());
        Assert.Equal(5, match.AiSeats);
        Assert.Equal(21.0, match.Seats.First(s => s.User is null).Rating, 6);
        Assert.Equal(1, matcher.Count);
    }

    [Fact]
    public void Identity8_FormsEightSeatsOfSingles()
    {
        var matcher = With(Identity8, [.. Enumerable.Range(1, 9).Select(i => Single(i, 25 + (i * 0.05)))]);

        var match = Assert.Single(matcher.Tick(At(1)).Matches);

        Assert.Equal(8, match.Seats.Count);
        Assert.Equal(8, match.Seats.Select(s => s.Side).Distinct().Count());
        Assert.False(matcher.Add(Team(20, 25)));
    }

    [Fact]
    public void AWithdrawnTicket_IsNeverMatched()
    {
        var matcher = With(Doubles, Single(1, 25), Single(2, 25), Single(3, 25), Single(4, 25), Single(5, 25));

        Assert.True(matcher.Remove(2));
        Assert.False(matcher.Remove(2));
        var match = Assert.Single(matcher.Tick(At(1)).Matches);

        Assert.DoesNotContain(2L, match.Tickets.Select(t => t.Id));
        Assert.Equal(0, matcher.Count);
    }

    [Fact]
    public void ATicketPutBack_KeepsItsPlace_AheadOfLaterArrivals()
    {
        // Ticket 5 is nearer to 2, 3 and 4 than ticket 1 is; 1 still goes first because it arrived first.
        var first = Single(1, 24.9, 0);
        var matcher = With(Doubles, first, Single(2, 25, 1), Single(3, 25, 2));
        matcher.Tick(At(2.5));
        Assert.True(matcher.Remove(1));
        Assert.True(matcher.Add(Single(4, 25, 3)));
        Assert.True(matcher.Add(Single(5, 25.05, 4)));
        Assert.True(matcher.Add(first));

        var match = Assert.Single(matcher.Tick(At(5)).Matches);

        Assert.Equal([1L, 2L, 3L, 4L], match.Tickets.Select(t => t.Id).Order());
        Assert.True(matcher.Contains(5));
    }

    [Fact]
    public void ATicketPutBack_KeepsItsWait_AndSoItsAiFill()
    {
        var old = Single(1, 25, 0);
        var matcher = With(Doubles, old, Single(2, 45, 100));
        matcher.Tick(At(100));
        Assert.True(matcher.Remove(1));
        Assert.True(matcher.Add(old));

        var match = Assert.Single(matcher.Tick(At(150)).Matches);

        Assert.Equal(1, Assert.Single(match.Tickets).Id);
        Assert.True(matcher.Contains(2));
    }

    [Fact]
    public void ATicketWaitingLongerThanTheMaximum_LeavesTheQueue()
    {
        var rules = Doubles with { AiFillAfter = null, MaxWait = At(3600) };
        var matcher = With(rules, Single(1, 25));

        var before = matcher.Tick(At(3599));
        var after = matcher.Tick(At(3600));

        Assert.Empty(before.Expired);
        Assert.Equal(1, Assert.Single(after.Expired).Id);
        Assert.Equal(0, matcher.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void NoPlayer_IsInTwoMatches_AndEveryMatchFitsItsRules(int seed)
    {
        var random = new Random(seed);
        var matcher = new LadderMatcher(Doubles);
        var seen = new HashSet<Guid>();
        var id = 0L;
        var formed = 0;
        for (var second = 0; second < 400; second++)
        {
            for (var n = random.Next(0, 30); n > 0; n--)
            {
                var rating = 25 + (random.NextDouble() * 20) - 10;
                Assert.True(matcher.Add(random.Next(3) == 0 ? Team(++id, rating, second) : Single(++id, rating, second)));
            }

            if (random.Next(4) == 0 && id > 0)
            {
                matcher.Remove(random.NextInt64(1, id + 1));
            }

            foreach (var match in matcher.Tick(At(second + 0.5)).Matches)
            {
                formed++;
                Assert.Equal(4, match.Seats.Count);
                Assert.All(match.Players, p => Assert.True(seen.Add(p)));
                var wait = match.Tickets.Max(t => t.WaitAt(At(second + 0.5)));
                Assert.True(match.AiSeats > 0 || match.Spread <= Doubles.Window(wait) + 1e-9);
            }
        }

        Assert.True(formed > 100);
    }
}
