namespace SanguoOrleans.Grains.Ladder.Matching;

/// <summary>
/// Puts a match's tickets on sides: a premade team keeps one side, singles are combined into sides (four singles in
/// two sides of two pair the strongest with the weakest), and AI take the seats left, at the players' average rating.
/// </summary>
internal static class SideAssignment
{
    /// <summary>The seats side by side, or null when the tickets do not fit the sides.</summary>
    public static IReadOnlyList<MatchSeat>? Seat(IReadOnlyList<MatchTicket> tickets, MatchingRules rules)
    {
        var humans = tickets.Sum(t => t.Size);
        if (humans == 0 || humans > rules.MatchSize)
        {
            return null;
        }

        var aiRating = tickets.Sum(t => t.Rating * t.Size) / humans;
        var sides = new List<MatchSeat>[rules.Sides];
        for (var s = 0; s < sides.Length; s++)
        {
            sides[s] = new List<MatchSeat>(rules.SideSize);
        }

        if (humans == rules.MatchSize && tickets.All(t => t.Size == 1) && rules is { Sides: 2, SideSize: 2 })
        {
            var byRating = tickets.OrderBy(t => t.Rating).ThenBy(t => t.Id).ToArray();
            Place(sides[0], 0, byRating[0]);
            Place(sides[0], 0, byRating[3]);
            Place(sides[1], 1, byRating[1]);
            Place(sides[1], 1, byRating[2]);
        }
        else
        {
            // Largest first, each on the first side with room: teams are never split.
            foreach (var ticket in tickets.OrderByDescending(t => t.Size).ThenBy(t => t.Id))
            {
                var side = Array.FindIndex(sides, s => rules.SideSize - s.Count >= ticket.Size);
                if (side < 0)
                {
                    return null;
                }

                Place(sides[side], side, ticket);
            }
        }

        var seats = new List<MatchSeat>(rules.MatchSize);
        for (var s = 0; s < sides.Length; s++)
        {
            seats.AddRange(sides[s]);
            for (var free = rules.SideSize - sides[s].Count; free > 0; free--)
            {
                seats.Add(new MatchSeat(s, null, aiRating));
            }
        }

        return seats;
    }

    private static void Place(List<MatchSeat> side, int index, MatchTicket ticket)
    {
        foreach (var member in ticket.Members)
        {
            side.Add(new MatchSeat(index, member, ticket.Rating));
        }
    }
}
