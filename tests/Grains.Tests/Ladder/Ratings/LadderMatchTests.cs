using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Ladder.Ratings;

namespace SanguoOrleans.Grains.Tests.Ladder.Ratings;

public sealed class LadderMatchTests
{
    private static readonly OpenSkillParameters Model = OpenSkillParameters.Default;

    internal static SeatInfo Seat(int seat, bool escaped = false, bool ai = false) =>
        new(seat, ai ? SeatOccupant.Ai : SeatOccupant.Human, ai ? null : Guid.NewGuid(), true, false, true, escaped);

    private static Dictionary<int, SkillRating> NewPlayers(params int[] seats) => seats.ToDictionary(s => s, _ => Model.Initial);

    [Fact]
    public void Identity_rates_each_seat_by_its_side_with_the_winners_sharing_first_place()
    {
        var result = new GameResult(WinningSide.Lord, [0, 1], [Role.Lord, Role.Loyalist, Role.Rebel, Role.Rebel, Role.Renegade], 30, 6);
        var seats = Enumerable.Range(0, 5).Select(s => Seat(s)).ToList();

        var after = LadderMatch.Rate(false, result, seats, NewPlayers(0, 1, 2, 3, 4), Model);

        // Five teams of one ranked [1, 1, 2, 2, 2]: the same update as the model given those ranks directly.
        var expected = PlackettLuce.Rate([.. Enumerable.Range(0, 5).Select(_ => (IReadOnlyList<SkillRating>)[Model.Initial])], [1, 1, 2, 2, 2], Model);
        for (var seat = 0; seat < 5; seat++)
        {
            Assert.Equal(expected[seat][0], after[seat]);
        }

        Assert.True(after[0].Mu > Model.Mu);
        Assert.Equal(after[0].Mu, after[1].Mu, 1e-12);
        Assert.True(after[4].Mu < Model.Mu);
    }

    [Fact]
    public void An_escaped_player_is_ranked_below_everyone_who_stayed()
    {
        var result = new GameResult(WinningSide.Rebels, [2, 3], [Role.Lord, Role.Loyalist, Role.Rebel, Role.Rebel, Role.Renegade], 30, 6);
        var seats = Enumerable.Range(0, 5).Select(s => Seat(s, escaped: s == 1)).ToList();

        var after = LadderMatch.Rate(false, result, seats, NewPlayers(0, 1, 2, 3, 4), Model);

        Assert.True(after[1].Mu < after[0].Mu);
        Assert.True(after[1].Mu < after[4].Mu);
    }

    [Fact]
    public void Ai_seats_play_at_a_new_players_rating_and_get_no_update()
    {
        var result = new GameResult(WinningSide.Renegade, [4], [Role.Lord, Role.Loyalist, Role.Rebel, Role.Rebel, Role.Renegade], 30, 6);
        var seats = Enumerable.Range(0, 5).Select(s => Seat(s, ai: s != 4)).ToList();

        var after = LadderMatch.Rate(false, result, seats, NewPlayers(4), Model);

        Assert.Equal(4, Assert.Single(after.Keys));
        Assert.True(after[4].Mu > Model.Mu);
    }

    [Fact]
    public void Doubles_rate_the_two_pairs_as_teams_by_role()
    {
        // FreeKill's 2v2 seating: loyalist, rebel, rebel, loyalist.
        var result = new GameResult(WinningSide.Rebels, [1, 2], [Role.Loyalist, Role.Rebel, Role.Rebel, Role.Loyalist], 20, 5);
        var seats = Enumerable.Range(0, 4).Select(s => Seat(s)).ToList();
        var before = new Dictionary<int, SkillRating> { [0] = new(30, 5), [1] = new(22, 7), [2] = Model.Initial, [3] = new(27, 6) };

        var after = LadderMatch.Rate(true, result, seats, before, Model);

        var expected = PlackettLuce.Rate([[before[0], before[3]], [before[1], before[2]]], [2, 1], Model);
        Assert.Equal(expected[0][0], after[0]);
        Assert.Equal(expected[0][1], after[3]);
        Assert.Equal(expected[1][0], after[1]);
        Assert.Equal(expected[1][1], after[2]);
    }

    [Fact]
    public void A_draw_ranks_everyone_who_stayed_together()
    {
        var result = new GameResult(WinningSide.Draw, [], [Role.Lord, Role.Loyalist, Role.Rebel, Role.Rebel, Role.Renegade], 300, 300);
        var seats = Enumerable.Range(0, 5).Select(s => Seat(s)).ToList();

        var after = LadderMatch.Rate(false, result, seats, NewPlayers(0, 1, 2, 3, 4), Model);

        Assert.All(after.Values, r => Assert.Equal(Model.Mu, r.Mu, 1e-9));
    }
}
