using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Lobby;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Interfaces.Users;

namespace SanguoOrleans.Grains.Tables;

internal sealed partial class TableGrain
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(2);
    private IGrainTimer? _reportTimer;

    public Task<Outcome<TableReplay>> GetReplayAsync() => Task.FromResult(State.Status switch
    {
        TableStatus.None => NotFound<TableReplay>(),
        TableStatus.Finished => Outcome.Success(Replay()),
        _ => Refuse<TableReplay>(nameof(GetReplayAsync), RefusalCode.GameNotRunning, "The game has not finished."),
    });

    // While the finished game is still in memory its log is copied rather than decoded again.
    private TableReplay Replay() => new(
        TableId,
        Settings.Public(),
        State.Seed,
        _engine is { } engine ? [.. engine.DecisionLog] : DecisionLogCodec.Decode(State.DecisionLog),
        Info().Seats,
        State.Result!);

    /// <summary>
    /// Makes the result durable, then closes the table; reporting to users runs in a later turn so the last answer
    /// returns quickly. A table without people writes its record once, with the report: nobody was acknowledged
    /// anything, and until then the game is its stored seed, which replays identically.
    /// </summary>
    private async Task FinishAsync()
    {
        var engine = _engine!;
        State.Status = TableStatus.Finished;
        State.Result = engine.Result;
        var humans = HasHumans;
        if (humans && !await SaveAsync())
        {
            // The reload put the game back before its last answers; replaying them ends it again.
            RetryLater(static grain =>
            {
                grain.AnswerAutomaticSeats();
                return grain.SettleAsync();
            });
            return;
        }

        LogFinished(_logger, TableId, State.Result!.Side, State.Result.Turns, _log.Count);
        CancelTimers();
        PushInfo();
        await RemoveFromLobbyAsync();
        if (humans)
        {
            ScheduleResultReport();
        }
        else
        {
            await ReportResultAsync();
        }
    }

    private void ScheduleResultReport() => RetryLater(static grain => grain.ReportResultAsync(), TimeSpan.Zero);

    private void RetryLater(Func<TableGrain, Task> action, TimeSpan? due = null)
    {
        _reportTimer?.Dispose();
        _reportTimer = this.RegisterGrainTimer(
            static (state, _) => state.Grain.RunRetriedAsync(state.Action),
            (Grain: this, Action: action),
            new GrainTimerCreationOptions(due ?? RetryInterval, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    private async Task RunRetriedAsync(Func<TableGrain, Task> action)
    {
        _reportTimer?.Dispose();
        _reportTimer = null;
        await action(this);
    }

    /// <summary>
    /// Records the game for every player, pays rewards (idempotent by operation id), tells a ranked table's listener,
    /// and retries the whole report until it went through.
    /// </summary>
    private async Task ReportResultAsync()
    {
        if (State.Status != TableStatus.Finished || State.ResultReported)
        {
            return;
        }

        CaptureLog();
        try
        {
            var result = State.Result!;
            for (var seat = 0; seat < State.Seats.Count; seat++)
            {
                if (State.Seats[seat] is not { Occupant: SeatOccupant.Human, UserId: { } userId } s)
                {
                    continue;
                }

                var won = result.WinningSeats.Contains(seat);
                var reward = s.Escaped ? 0 : won ? Settings.WinReward : Settings.PlayReward;
                var user = GrainFactory.GetGrain<IUserGrain>(userId);
                var recorded = await user.RecordGameResultAsync(new UserGameResult(TableId, result.Roles[seat].ToString(), won, s.Escaped, reward));
                if (recorded.Refusal is { } refusal && refusal.Code != RefusalCode.UserNotFound)
                {
                    throw new InvalidOperationException($"user {userId} refused the result: {refusal.Code} {refusal.Message}");
                }
            }

            if (State.ResultListener is { } listener)
            {
                await TableResultListeners.Get(GrainFactory, listener).TableFinishedAsync(Replay());
            }

            State.ResultReported = true;
            await _storage.WriteStateAsync();
            CloseIfUnwatched();
        }
        catch (Exception e)
        {
            // Not reported until written: the retry reports again (every step is idempotent) and writes.
            State.ResultReported = false;
            LogReportFailed(_logger, TableId, e);
            RetryLater(static grain => grain.ReportResultAsync());
        }
    }

    /// <summary>
    /// A finished, reported table is only its stored record: with nobody watching, its engine, which holds every event
    /// of the game, is let go now rather than when idle collection comes for the table (as after a reactivation).
    /// </summary>
    private void CloseIfUnwatched()
    {
        if (State.Status == TableStatus.Finished && State.ResultReported && _viewers.Count == 0)
        {
            _engine = null;
        }
    }

    private TableSummary Summary() => new(
        TableId,
        Settings.Name,
        Settings.Game.Mode,
        State.Seats.Count(s => s.Occupant != SeatOccupant.Empty),
        State.Seats.Count,
        State.Status,
        Settings.Password is not null,
        Settings.MinLevel,
        Settings.MaxLevel);

    private async Task PublishToLobbyAsync()
    {
        var summary = Summary();
        foreach (var page in Settings.EffectivePages)
        {
            await GrainFactory.GetGrain<ILobbyPageGrain>(page).PublishAsync(summary);
        }
    }

    private async Task RemoveFromLobbyAsync()
    {
        foreach (var page in Settings.EffectivePages)
        {
            await GrainFactory.GetGrain<ILobbyPageGrain>(page).RemoveAsync(TableId);
        }
    }
}
