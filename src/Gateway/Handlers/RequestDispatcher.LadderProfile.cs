using SanguoOrleans.Gateway.Sessions;
using SanguoOrleans.Grains.Interfaces.Ladder.Ratings;
using SanguoOrleans.Protocol;
using static SanguoOrleans.Gateway.Mapping.Refusals;
using ErrorCode = SanguoOrleans.Protocol.ErrorCode;
using LadderTier = SanguoOrleans.Protocol.LadderTier;

namespace SanguoOrleans.Gateway.Handlers;

/// <summary>One's ladder standing and a ladder's leaderboard.</summary>
internal sealed partial class RequestDispatcher
{
    private async Task GetLadderProfileAsync(string ladderId, ClientSession session, ServerMessage reply, CancellationToken ct)
    {
        if (!LadderIds.IsValid(ladderId))
        {
            reply.Error = Error(ErrorCode.InvalidArgument, "A ladder id has 1 to 24 lower-case letters, digits or '-'.");
            return;
        }

        var userId = session.UserId!.Value;
        var standing = await ReadAsync(() => grains.GetGrain<ILadderPlayerGrain>(LadderIds.PlayerKey(ladderId, userId)).GetStandingAsync(), ct).ConfigureAwait(false);
        var profile = new LadderProfile
        {
            LadderId = ladderId,
            Season = standing.Season,
            Rating = standing.DisplayRating,
            Mu = standing.Mu,
            Sigma = standing.Sigma,
            Tier = (LadderTier)standing.Tier,
            Stars = standing.Stars,
            Played = standing.Played,
            Won = standing.Won,
            Escapes = standing.Escapes,
            CooldownUntilUnixMs = standing.CooldownUntil?.ToUnixTimeMilliseconds() ?? 0,
        };
        if (standing.Played > 0)
        {
            var board = grains.GetGrain<ILeaderboardGrain>(LadderIds.LeaderboardKey(ladderId, standing.Season));
            var rank = await ReadAsync(() => board.GetRankAsync(userId, standing.DisplayRating), ct).ConfigureAwait(false);
            (profile.Rank, profile.RankExact, profile.Percentile, profile.Players) = (rank.Rank, rank.Exact, rank.Percentile, rank.Players);
        }

        reply.LadderProfile = profile;
    }

    private async Task GetLeaderboardAsync(GetLeaderboardRequest request, ServerMessage reply, CancellationToken ct)
    {
        if (!LadderIds.IsValid(request.LadderId) || request.Count is < 0 or > 100)
        {
            reply.Error = Error(ErrorCode.InvalidArgument, "A leaderboard request names a ladder and asks for 0 (= 100) to 100 lines.");
            return;
        }

        var season = await ReadAsync(() => grains.GetGrain<ILadderSeasonGrain>(request.LadderId).GetSeasonAsync(), ct).ConfigureAwait(false);
        var board = grains.GetGrain<ILeaderboardGrain>(LadderIds.LeaderboardKey(request.LadderId, season));
        var top = await ReadAsync(() => board.GetTopAsync(request.Count == 0 ? 100 : request.Count), ct).ConfigureAwait(false);
        var leaderboard = new Leaderboard { LadderId = request.LadderId, Season = season };
        leaderboard.Lines.AddRange(top.Select((entry, at) => new LeaderboardLine
        {
            Rank = at + 1,
            UserId = entry.UserId.ToString(),
            Rating = entry.DisplayRating,
            Tier = (LadderTier)entry.Tier,
            Stars = entry.Stars,
            Played = entry.Played,
            Nickname = entry.Nickname ?? "",
        }));
        reply.Leaderboard = leaderboard;
    }
}
