using SanguoOrleans.Game.Ai;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Grains.Tables;

internal sealed partial class TableGrain
{
    // A guard against a rules bug looping forever inside one grain turn; a whole 8-player game is ~2,000 decisions.
    private const int MaxAutomaticAnswersPerTurn = 50_000;

    public async Task<Outcome<int>> SubmitAsync(Guid user, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (State.Status != TableStatus.Playing || _engine is not { IsOver: false } engine)
        {
            return Refuse<int>(nameof(SubmitAsync), Exists ? RefusalCode.GameNotRunning : RefusalCode.TableNotFound, "No game is running at this table.");
        }

        var seat = SeatOf(user);
        if (seat < 0 || decision.Seat != seat)
        {
            return Refuse<int>(nameof(SubmitAsync), RefusalCode.NotYourSeat, $"Seat {decision.Seat} is not yours.");
        }

        // Any decision, even a late one, is the player acting again: 托管 and absence end here.
        var control = Control(seat);
        var wasAbsent = control.AutoPlay || control.Offline;
        control.Misses = 0;
        control.AutoPlay = false;
        control.Offline = false;
        if (engine.Pending.Count == 0 || engine.Pending[0].Id != decision.RequestId || engine.PendingFor(seat) is null)
        {
            if (wasAbsent)
            {
                await SettleAsync();
            }

            return Refuse<int>(nameof(SubmitAsync), RefusalCode.StaleDecision, $"Request {decision.RequestId} is not waiting for seat {seat}.");
        }

        var result = engine.Submit(decision);
        if (!result.Accepted)
        {
            return Refuse<int>(nameof(SubmitAsync), RefusalCode.IllegalDecision, $"{result.Reason}: {result.Message}");
        }

        AnswerAutomaticSeats();
        if (!await SaveAsync())
        {
            await SettleAsync();
            return Outcome.Refused<int>(StorageUnavailable);
        }

        var acknowledged = engine.EventCount - 1;
        await SettleAsync();
        return Outcome.Success(acknowledged);
    }

    public async Task<Outcome<TableInfo>> SetAutoPlayAsync(Guid user, bool enabled)
    {
        if (State.Status != TableStatus.Playing || _engine is null)
        {
            return Refuse<TableInfo>(nameof(SetAutoPlayAsync), Exists ? RefusalCode.GameNotRunning : RefusalCode.TableNotFound, "No game is running at this table.");
        }

        var seat = SeatOf(user);
        if (seat < 0)
        {
            return Refuse<TableInfo>(nameof(SetAutoPlayAsync), RefusalCode.NotAtTable, "You have no seat at this table.");
        }

        var control = Control(seat);
        control.AutoPlay = enabled;
        control.Misses = 0;
        control.Offline &= enabled;
        AnswerAutomaticSeats();
        PushInfo();
        await SettleAsync();
        return Outcome.Success(Info());
    }

    private async Task<Outcome<TableInfo>> StartGameAsync()
    {
        State.Status = TableStatus.Playing;
        State.StartAt = null;
        State.DecisionLog = [];
        _log.Load([]);
        _startTimer?.Dispose();
        _startTimer = null;

        // Without people the game is its seed, stored at creation: lost before its end, it is played again identically.
        if (HasHumans && !await SaveAsync())
        {
            ArmStartTimer();
            return Outcome.Refused<TableInfo>(StorageUnavailable);
        }

        _engine = GameEngine.Create(Settings.Game, State.Seed);
        _ai = new SmartAi(Settings.Game);
        LogStarted(_logger, TableId, State.Seed);
        PushInfo();
        await PublishToLobbyAsync();
        AnswerAutomaticSeats();
        await SettleAsync();
        return Outcome.Success(Info());
    }

    /// <summary>Whether anyone can act, be shown the game or be owed a result; else the table writes only its end.</summary>
    private bool HasHumans => State.Seats.Exists(s => s.Occupant == SeatOccupant.Human);

    private static ulong NewSeed() => unchecked(((ulong)Random.Shared.NextInt64() << 1) ^ (ulong)Random.Shared.NextInt64());

    /// <summary>
    /// Lets AI seats and players in 托管 answer, until a present human must answer or the game ends. With an AI
    /// delay, answers are paced by a timer instead (<see cref="ArmAiStep"/>).
    /// </summary>
    private void AnswerAutomaticSeats()
    {
        if (Settings.AiDelay > TimeSpan.Zero)
        {
            return;
        }

        for (var n = 0; n < MaxAutomaticAnswersPerTurn && NextAutomaticRequest() is { } request; n++)
        {
            AnswerAutomatically(request);
        }
    }

    /// <summary>
    /// The next request copy the table answers itself, or null while a present human must answer first: as in
    /// FreeKill, AIs answer a race only after the humans in it, so instant AI answers never beat a person.
    /// </summary>
    private DecisionRequest? NextAutomaticRequest()
    {
        if (_engine is not { IsOver: false } engine)
        {
            return null;
        }

        DecisionRequest? next = null;
        foreach (var request in engine.Pending)
        {
            if (engine.PendingFor(request.Seat) is null)
            {
                continue;
            }

            if (IsActiveHuman(request.Seat))
            {
                return null;
            }

            next ??= request;
        }

        return next;
    }

    private void AnswerAutomatically(DecisionRequest request)
    {
        var engine = _engine!;
        IDecisionMaker maker = State.Seats[request.Seat].Occupant == SeatOccupant.Ai ? _ai! : _trust;
        var decision = maker.Decide(engine, request);
        if (!engine.Submit(decision).Accepted)
        {
            // An AI mistake must not stall the table: the time-out answer is always legal.
            var fallback = engine.Submit(GameEngine.DefaultDecision(request));
            if (!fallback.Accepted)
            {
                throw new InvalidOperationException($"Table {TableId}: default decision refused: {fallback.Message}");
            }
        }
    }

    /// <summary>After the game moved: push what viewers may see, then finish, or set the next deadline and AI step.</summary>
    private async Task SettleAsync()
    {
        if (_engine is null)
        {
            return;
        }

        if (_engine.IsOver)
        {
            PushGame();
            await FinishAsync();
            return;
        }

        ArmDeadline();
        ArmAiStep();
        PushGame();
    }

    private IGrainTimer? _aiTimer;

    private void ArmAiStep()
    {
        if (Settings.AiDelay <= TimeSpan.Zero || _aiTimer is not null || NextAutomaticRequest() is null)
        {
            return;
        }

        _aiTimer = this.RegisterGrainTimer(
            static (grain, _) => grain.OnAiStepAsync(),
            this,
            new GrainTimerCreationOptions(Settings.AiDelay, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    private async Task OnAiStepAsync()
    {
        _aiTimer?.Dispose();
        _aiTimer = null;
        if (NextAutomaticRequest() is { } request)
        {
            AnswerAutomatically(request);
            await SettleAsync();
        }
    }
}
