using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Grains.Tables;

internal sealed partial class TableGrain
{
    /// <summary>Deadlines missed in a row that put a player in 托管.</summary>
    internal const int MissesBeforeAutoPlay = 3;

    private IGrainTimer? _deadlineTimer;
    private int _deadlineRequestId = -1;
    private DateTimeOffset? _deadlineAt;

    /// <summary>
    /// Keeps one server-owned deadline for the request present humans must answer; a request keeps the deadline it
    /// was first given, however many of its copies are answered meanwhile.
    /// </summary>
    private void ArmDeadline()
    {
        var engine = _engine!;
        var waiting = engine.Pending.FirstOrDefault(r => engine.PendingFor(r.Seat) is not null && IsActiveHuman(r.Seat));
        if (waiting is null)
        {
            CancelDeadline();
            return;
        }

        if (waiting.Id == _deadlineRequestId)
        {
            return;
        }

        CancelDeadline();
        var limit = Settings.EffectiveLimits.For(waiting.Deadline);
        _deadlineRequestId = waiting.Id;
        _deadlineAt = _clock.GetUtcNow() + limit;
        _deadlineTimer = this.RegisterGrainTimer(
            static (state, _) => state.Grain.OnDeadlineAsync(state.RequestId),
            (Grain: this, RequestId: waiting.Id),
            new GrainTimerCreationOptions(limit, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    private void CancelDeadline()
    {
        _deadlineTimer?.Dispose();
        _deadlineTimer = null;
        _deadlineRequestId = -1;
        _deadlineAt = null;
    }

    /// <summary>Answers for every present human who let the deadline pass (托管's answer), counting the miss.</summary>
    private async Task OnDeadlineAsync(int requestId)
    {
        if (_engine is not { IsOver: false } engine || _deadlineRequestId != requestId)
        {
            return;
        }

        CancelDeadline();
        var late = engine.Pending.Where(r => engine.PendingFor(r.Seat) is not null && IsActiveHuman(r.Seat)).Select(r => r.Seat).ToList();
        foreach (var seat in late)
        {
            var control = Control(seat);
            control.Misses++;
            if (control.Misses >= MissesBeforeAutoPlay && !control.AutoPlay)
            {
                control.AutoPlay = true;
                LogAutoPlayForced(_logger, TableId, seat, control.Misses);
                PushInfo();
            }

            // A race may have been decided by an earlier answer in this loop.
            if (engine.Pending.Count > 0 && engine.Pending[0].Id == requestId && engine.PendingFor(seat) is { } request)
            {
                AnswerAutomatically(request);
            }
        }

        AnswerAutomaticSeats();
        await SettleAsync();
    }

    private void CancelTimers()
    {
        CancelDeadline();
        _aiTimer?.Dispose();
        _aiTimer = null;
        _startTimer?.Dispose();
        _startTimer = null;
    }

    private IGrainTimer? _startTimer;

    /// <summary>Ranked tables start by themselves at their start time, also after a restart.</summary>
    private void ArmStartTimer()
    {
        if (State.Status != TableStatus.Open || State.StartAt is not { } at || _startTimer is not null)
        {
            return;
        }

        var due = at - _clock.GetUtcNow();
        _startTimer = this.RegisterGrainTimer(
            static (grain, _) => grain.OnStartTimerAsync(),
            this,
            new GrainTimerCreationOptions(due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    private async Task OnStartTimerAsync()
    {
        _startTimer?.Dispose();
        _startTimer = null;
        if (State.Status == TableStatus.Open)
        {
            await StartGameAsync();
        }
    }
}
