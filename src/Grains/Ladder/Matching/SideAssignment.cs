namespace SanguoOrleans.Grains.Ladder.Matching;

/// <summary>
/// Puts a match's tickets on sides: a premade team keeps one side, singles are combined into sides (four singles in
/// two sides of two pair the strongest with the weakest), and AI take the seats left, at the players' average rating.
/// Loops rather than queries: a crowded tick forms tens of thousands of matches.
/// </summary>
internal static class SideAssignment
{
    /// <summary>The seats side by side, or null when the tickets do not fit the sides.</summary>
    public static MatchSeat[]? Seat(MatchTicket[] tickets, MatchingRules rules)
    {
        var humans = 0;
        var ratingSum = 0.0;
        var allSingles = true;
        foreach (var ticket in tickets)
        {
            humans += ticket.Size;
            ratingSum += ticket.Rating * ticket.Size;
            allSingles &= ticket.Size == 1;
        }

        if (humans == 0 || humans > rules.MatchSize)
        {
            return null;
        }

        var seats = new MatchSeat[rules.MatchSize];
        Span<int> filled = stackalloc int[rules.Sides];
        if (allSingles && humans == 4 && rules is { Sides: 2, SideSize: 2 })
        {
            Span<int> byRating = [0, 1, 2, 3];
            // Four elements: an insertion sort by rating, ties by arrival.
            for (var i = 1; i < 4; i++)
            {
                for (var j = i; j > 0 && Before(tickets[byRating[j]], tickets[byRating[j - 1]]); j--)
                {
                    (byRating[j], byRating[j - 1]) = (byRating[j - 1], byRating[j]);
                }
            }

            Place(seats, filled, rules, 0, tickets[byRating[0]]);
            Place(seats, filled, rules, 0, tickets[byRating[3]]);
            Place(seats, filled, rules, 1, tickets[byRating[1]]);
            Place(seats, filled, rules, 1, tickets[byRating[2]]);
        }
        else
        {
            // Largest first, each on the first side with room: teams are never split.
            for (var size = rules.MaxPartySize; size >= 1; size--)
            {
                foreach (var ticket in tickets)
                {
                    if (ticket.Size != size)
                    {
                        continue;
                    }

                    var side = 0;
                    while (side < rules.Sides && rules.SideSize - filled[side] < size)
                    {
                        side++;
                    }

                    if (side == rules.Sides)
                    {
                        return null;
                    }

                    Place(seats, filled, rules, side, ticket);
                }
            }
        }

        var aiRating = ratingSum / humans;
        for (var side = 0; side < rules.Sides; side++)
        {
            for (var slot = filled[side]; slot < rules.SideSize; slot++)
            {
                seats[(side * rules.SideSize) + slot] = new MatchSeat(side, null, aiRating);
            }
        }

        return seats;
    }

    private static bool Before(MatchTicket a, MatchTicket b) => a.Rating < b.Rating || (a.Rating == b.Rating && a.Id < b.Id);

    private static void Place(MatchSeat[] seats, Span<int> filled, MatchingRules rules, int side, MatchTicket ticket)
    {
        foreach (var member in ticket.Members)
        {
            seats[(side * rules.SideSize) + filled[side]++] = new MatchSeat(side, member, ticket.Rating);
        }
    }
}
