using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Grains.Interfaces.Ladder.Ratings;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Protocol;
using ErrorCode = SanguoOrleans.Protocol.ErrorCode;
using LadderTier = SanguoOrleans.Protocol.LadderTier;
using SeatInfo = SanguoOrleans.Grains.Interfaces.Tables.SeatInfo;
using SeatOccupant = SanguoOrleans.Grains.Interfaces.Tables.SeatOccupant;
using GameResult = SanguoOrleans.Game.Flow.GameResult;
using GameSettings = SanguoOrleans.Game.Modes.GameSettings;
using Role = SanguoOrleans.Game.Modes.Role;
using WinningSide = SanguoOrleans.Game.Flow.WinningSide;

namespace SanguoOrleans.Gateway.Tests.Ladder;

public class LadderProfileTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task A_player_reads_their_ladder_standing_and_finds_themselves_on_the_leaderboard()
    {
        await using var client = await gateway.ClientAsync();
        var (account, session) = await client.RegisterAndLoginAsync();
        var me = Guid.Parse(session.UserId);
        var nickname = "n" + account[..8];
        await client.OkAsync(new ClientMessage { SetNickname = new SetNicknameRequest { Nickname = nickname } }, ServerMessage.BodyOneofCase.Profile);
        var ladder = "t-" + Guid.NewGuid().ToString("N")[..10];
        var seats = new List<SeatInfo> { new(0, SeatOccupant.Human, me, true, false, true, false) };
        seats.AddRange(Enumerable.Range(1, 4).Select(s => new SeatInfo(s, SeatOccupant.Ai, null, true, false, true, false)));
        var replay = new TableReplay(
            TableIds.New(), new TableSettings("ranked", new GameSettings()), 1, [], seats,
            new GameResult(WinningSide.Lord, [0, 1], [Role.Lord, Role.Loyalist, Role.Rebel, Role.Rebel, Role.Renegade], 12, 3));
        await TableResultListeners.Get(gateway.Grains, LadderIds.ResultListenerKey(ladder)).TableFinishedAsync(replay);

        var profile = (await client.OkAsync(new ClientMessage { GetLadderProfile = new GetLadderProfileRequest { LadderId = ladder } }, ServerMessage.BodyOneofCase.LadderProfile)).LadderProfile;
        var board = (await client.OkAsync(new ClientMessage { GetLeaderboard = new GetLeaderboardRequest { LadderId = ladder } }, ServerMessage.BodyOneofCase.Leaderboard)).Leaderboard;

        Assert.Equal((1, 1, 1, LadderTier.Bronze, 1), (profile.Season, profile.Played, profile.Won, profile.Tier, profile.Stars));
        Assert.True(profile.Mu > 25);
        Assert.Equal(profile.Mu - 3 * profile.Sigma, profile.Rating, 1e-9);
        Assert.Equal((1, true, 1), (profile.Rank, profile.RankExact, profile.Players));
        Assert.Equal(0, profile.CooldownUntilUnixMs);
        var line = Assert.Single(board.Lines);
        Assert.Equal((1, session.UserId, nickname, 1), (line.Rank, line.UserId, line.Nickname, board.Season));
        Assert.Equal(profile.Rating, line.Rating, 1e-9);
    }

    [Fact]
    public async Task A_malformed_ladder_id_is_refused()
    {
        await using var client = await gateway.ClientAsync();
        await client.RegisterAndLoginAsync();

        var reply = await client.AskAsync(new ClientMessage { GetLadderProfile = new GetLadderProfileRequest { LadderId = "Not A Ladder!" } });

        Assert.Equal(ErrorCode.InvalidArgument, reply.Error.Code);
    }
}
