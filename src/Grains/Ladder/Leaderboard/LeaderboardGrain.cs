using Microsoft.Extensions.Logging;
using SanguoOrleans.Grains.Interfaces.Ladder.Ratings;

namespace SanguoOrleans.Grains.Ladder.Leaderboard;

/// <summary>
/// One ladder's board for one season. Written on a short timer and on deactivation, not on every report: the board
/// is derived from the players' records, and a change lost in a crash is corrected by that player's next result.
/// </summary>
internal sealed partial class LeaderboardGrain(
    [PersistentState("ladder-leaderboard", StorageNames.Default)] IPersistentState<LeaderboardState> storage,
    ILogger<LeaderboardGrain> logger) : Grain, ILeaderboardGrain
{
    private static readonly TimeSpan FlushDelay = TimeSpan.FromSeconds(10);
    private IGrainTimer? _flush;

    public Task ReportAsync(LeaderboardEntry entry, double? previousRating)
    {
        ArgumentNullException.ThrowIfNull(entry);
        LeaderboardBook.Report(storage.State, entry, previousRating);
        _flush ??= this.RegisterGrainTimer(
            static (grain, _) => grain.FlushAsync(),
            this,
            new GrainTimerCreationOptions(FlushDelay, Timeout.InfiniteTimeSpan) { Interleave = false });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<LeaderboardEntry>> GetTopAsync(int count) =>
        Task.FromResult<IReadOnlyList<LeaderboardEntry>>([.. storage.State.Top.Take(Math.Clamp(count, 0, LeaderboardBook.Shown))]);

    public Task<LeaderboardRank> GetRankAsync(Guid userId, double displayRating) =>
        Task.FromResult(LeaderboardBook.Rank(storage.State, userId, displayRating));

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_flush is not null)
        {
            await FlushAsync();
        }

        await base.OnDeactivateAsync(cancellationToken: cancellationToken, reason: reason);
    }

    private async Task FlushAsync()
    {
        _flush?.Dispose();
        _flush = null;
        try
        {
            await storage.WriteStateAsync();
        }
        catch (Exception e)
        {
            LogFlushFailed(logger, this.GetPrimaryKeyString(), e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Leaderboard {Key}: a flush failed; the next report tries again")]
    private static partial void LogFlushFailed(ILogger logger, string key, Exception exception);
}
