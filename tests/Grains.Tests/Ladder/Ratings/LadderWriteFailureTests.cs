using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Grains.Interfaces.Ladder.Ratings;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Ladder.Ratings;
using SanguoOrleans.Grains.Tests.Persistence;

namespace SanguoOrleans.Grains.Tests.Ladder.Ratings;

/// <summary>A player record that cannot be written: the table's report fails, nothing is applied, and the retry applies it once.</summary>
public sealed class LadderWriteFailureTests(FaultInjectionFixture fixture) : IClassFixture<FaultInjectionFixture>
{
    // The state name LadderPlayerGrain persists under.
    private const string PlayerState = "ladder-player";

    private IGrainFactory Grains => fixture.Cluster.GrainFactory;

    [Fact]
    public async Task A_report_whose_player_write_fails_applies_nothing_and_its_retry_applies_the_table_once()
    {
        var ladder = "t-" + Guid.NewGuid().ToString("N")[..10];
        var users = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        var seats = users.Select((user, seat) => new SeatInfo(seat, SeatOccupant.Human, user, true, false, true, false)).ToList();
        var replay = new TableReplay(
            TableIds.New(), new TableSettings("ranked", new GameSettings()), 1, [], seats,
            new GameResult(WinningSide.Rebels, [2, 3], [Role.Lord, Role.Loyalist, Role.Rebel, Role.Rebel, Role.Renegade], 20, 4));
        var listener = TableResultListeners.Get(Grains, LadderIds.ResultListenerKey(ladder));
        var first = Grains.GetGrain<ILadderPlayerGrain>(LadderIds.PlayerKey(ladder, users[0]));

        fixture.Faults.FailWrites(PlayerState, true);
        Exception? failure;
        LadderStanding untouched;
        try
        {
            failure = await Record.ExceptionAsync(() => listener.TableFinishedAsync(replay));
            untouched = await first.GetStandingAsync();
        }
        finally
        {
            fixture.Faults.FailWrites(PlayerState, false);
        }

        await listener.TableFinishedAsync(replay);
        await listener.TableFinishedAsync(replay);
        var standings = await Task.WhenAll(users.Select(u => Grains.GetGrain<ILadderPlayerGrain>(LadderIds.PlayerKey(ladder, u)).GetStandingAsync()));

        Assert.NotNull(failure);
        Assert.Equal((0, 25.0), (untouched.Played, untouched.Mu));
        Assert.All(standings, s => Assert.Equal(1, s.Played));
        var expected = PlackettLuce.Rate([.. users.Select(_ => (IReadOnlyList<SkillRating>)[OpenSkillParameters.Default.Initial])], [2, 2, 1, 1, 2], OpenSkillParameters.Default);
        for (var seat = 0; seat < 5; seat++)
        {
            Assert.Equal(expected[seat][0].Mu, standings[seat].Mu, 1e-12);
        }
    }
}
