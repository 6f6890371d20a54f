using Microsoft.Extensions.Logging;
using SanguoOrleans.Grains.Interfaces.Ladder.Ratings;
using SanguoOrleans.Grains.Interfaces.Users;

namespace SanguoOrleans.Grains.Ladder.Ratings;

/// <summary>Where an applied result is copied: the season's leaderboard and the user's records.</summary>
internal sealed partial class LadderPlayerGrain
{
    /// <summary>Best effort: a board that missed a change is corrected by the player's next result.</summary>
    private async Task ReportToLeaderboardAsync(LadderStanding standing, double? previous)
    {
        try
        {
            // The board shows names, not ids; a nickname is chosen once, so the copy taken here stays right.
            var nickname = (await GrainFactory.GetGrain<IUserGrain>(UserId).GetProfileAsync()).Value?.Nickname;
            var board = GrainFactory.GetGrain<ILeaderboardGrain>(LadderIds.LeaderboardKey(LadderId, standing.Season));
            await board.ReportAsync(new LeaderboardEntry(UserId, standing.DisplayRating, standing.Tier, standing.Stars, standing.Played, nickname), previous);
        }
        catch (Exception e)
        {
            LogLeaderboardFailed(logger, this.GetPrimaryKeyString(), e);
        }
    }

    /// <summary>Best effort, like the board: the user's records show the ladder last played.</summary>
    private async Task CopyToUserAsync(LadderStanding standing)
    {
        try
        {
            await GrainFactory.GetGrain<IUserGrain>(UserId).RecordLadderStandingAsync(
                new LadderRecord(standing.Mu, standing.Sigma, (int)standing.Tier, standing.Stars, standing.Season, standing.Played, LadderId));
        }
        catch (Exception e)
        {
            LogUserCopyFailed(logger, this.GetPrimaryKeyString(), e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ladder player {Key}: the user's copy of the standing missed a change")]
    private static partial void LogUserCopyFailed(ILogger logger, string key, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ladder player {Key}: the leaderboard missed a change")]
    private static partial void LogLeaderboardFailed(ILogger logger, string key, Exception exception);
}
