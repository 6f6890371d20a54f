using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Grains.Interfaces.Ladder.Ratings;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Ladder.Ratings;

namespace SanguoOrleans.Grains.Tests.Ladder.Ratings;

/// <summary>The ladder's grains as ranked tables use them: results reported to the listener key, applied to players.</summary>
[Collection(ClusterCollection.Name)]
public sealed class LadderGrainTests(ClusterFixture fixture)
{
    private static readonly Role[] IdentityFive = [Role.Lord, Role.Loyalist, Role.Rebel, Role.Rebel, Role.Renegade];

    private IGrainFactory Grains => fixture.Grains;

    private static string NewLadder() => "t-" + Guid.NewGuid().ToString("N")[..10];

    private static TableReplay Table(IReadOnlyList<SeatInfo> seats, WinningSide side, IReadOnlyList<int> winners) =>
        new(TableIds.New(), new TableSettings("ranked", new GameSettings()), 1, [], seats, new GameResult(side, winners, IdentityFive, 20, 4));

    private static List<SeatInfo> Humans(IReadOnlyList<Guid> users, int escaped = -1) =>
        [.. users.Select((user, seat) => new SeatInfo(seat, SeatOccupant.Human, user, true, false, true, seat == escaped))];

    private Task ReportAsync(string ladder, TableReplay replay) =>
        TableResultListeners.Get(Grains, LadderIds.ResultListenerKey(ladder)).TableFinishedAsync(replay);

    private ILadderPlayerGrain Player(string ladder, Guid user) => Grains.GetGrain<ILadderPlayerGrain>(LadderIds.PlayerKey(ladder, user));

    private async Task<LadderStanding> StandingAsync(string ladder, Guid user) => await Player(ladder, user).GetStandingAsync();

    [Fact]
    public async Task A_reported_table_moves_winners_up_and_losers_down_and_a_second_report_changes_nothing()
    {
        var ladder = NewLadder();
        var users = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        var replay = Table(Humans(users), WinningSide.Lord, [0, 1]);

        await ReportAsync(ladder, replay);
        var first = await Task.WhenAll(users.Select(u => StandingAsync(ladder, u)));
        await ReportAsync(ladder, replay);
        var second = await Task.WhenAll(users.Select(u => StandingAsync(ladder, u)));

        var expected = PlackettLuce.Rate([.. users.Select(_ => (IReadOnlyList<SkillRating>)[OpenSkillParameters.Default.Initial])], [1, 1, 2, 2, 2], OpenSkillParameters.Default);
        for (var seat = 0; seat < 5; seat++)
        {
            Assert.Equal(expected[seat][0].Mu, first[seat].Mu, 1e-12);
            Assert.Equal(expected[seat][0].Sigma, first[seat].Sigma, 1e-12);
        }

        Assert.Equal((LadderTier.Bronze, 1, 1, 1), (first[0].Tier, first[0].Stars, first[0].Played, first[0].Won));
        Assert.Equal((LadderTier.Bronze, 0, 1, 0), (first[2].Tier, first[2].Stars, first[2].Played, first[2].Won));
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task An_escape_costs_rating_on_top_of_the_loss_and_starts_a_queue_cooldown()
    {
        var ladder = NewLadder();
        var users = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();

        await ReportAsync(ladder, Table(Humans(users, escaped: 3), WinningSide.Lord, [0, 1]));

        var stayed = await StandingAsync(ladder, users[2]);
        var escaped = await StandingAsync(ladder, users[3]);
        var unpenalised = PlackettLuce.Rate([.. users.Select(_ => (IReadOnlyList<SkillRating>)[OpenSkillParameters.Default.Initial])], [1, 1, 2, 3, 2], OpenSkillParameters.Default)[3][0];
        Assert.Equal(unpenalised.Mu - new LadderOptions().EscapeRatingPenalty, escaped.Mu, 1e-12);
        Assert.True(escaped.Mu < stayed.Mu - 1);
        Assert.Equal(1, escaped.Escapes);
        Assert.NotNull(escaped.CooldownUntil);
        Assert.InRange(await Player(ladder, users[3]).GetQueueCooldownAsync(), TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
        Assert.Equal(TimeSpan.Zero, await Player(ladder, users[2]).GetQueueCooldownAsync());
        Assert.Null(stayed.CooldownUntil);
    }

    [Fact]
    public async Task A_new_season_resets_each_player_once_at_their_first_ladder_call()
    {
        var ladder = NewLadder();
        var users = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        for (var game = 0; game < 10; game++)
        {
            await ReportAsync(ladder, Table(Humans(users), WinningSide.Lord, [0, 1]));
        }

        var lastSeason = await StandingAsync(ladder, users[0]);
        var season = await Grains.GetGrain<ILadderSeasonGrain>(ladder).StartNextSeasonAsync();
        var reset = await StandingAsync(ladder, users[0]);
        var again = await StandingAsync(ladder, users[0]);

        Assert.Equal((1, LadderTier.Platinum, 0, 10), (lastSeason.Season, lastSeason.Tier, lastSeason.Stars, lastSeason.Played));
        Assert.Equal(2, season);
        Assert.Equal((2, LadderTier.Silver, 0, 0), (reset.Season, reset.Tier, reset.Stars, reset.Played));
        Assert.Equal(lastSeason.Mu + (25 - lastSeason.Mu) * 0.5, reset.Mu, 1e-9);
        Assert.True(reset.Sigma > lastSeason.Sigma);
        Assert.Equal(reset, again);
    }

    [Fact]
    public async Task The_leaderboard_lists_the_best_first_and_tells_each_player_their_rank()
    {
        var ladder = NewLadder();
        var users = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        await ReportAsync(ladder, Table(Humans(users), WinningSide.Renegade, [4]));
        await ReportAsync(ladder, Table(Humans(users), WinningSide.Renegade, [4]));
        await ReportAsync(ladder, Table(Humans(users), WinningSide.Rebels, [2, 3]));

        var board = Grains.GetGrain<ILeaderboardGrain>(LadderIds.LeaderboardKey(ladder, 1));
        var top = await board.GetTopAsync(100);
        var standings = await Task.WhenAll(users.Select(u => StandingAsync(ladder, u)));
        var best = standings.OrderByDescending(s => s.DisplayRating).ToList();
        var rank = await board.GetRankAsync(best[2].UserId, best[2].DisplayRating);

        Assert.Equal(best.Select(s => s.UserId), top.Select(e => e.UserId));
        Assert.Equal(users[4], top[0].UserId);
        Assert.Equal(best.Select(s => s.DisplayRating), top.Select(e => e.DisplayRating));
        Assert.Equal((3, true, 5), (rank.Rank, rank.Exact, rank.Players));
        Assert.Equal(60, rank.Percentile, 1e-9);
    }
}
