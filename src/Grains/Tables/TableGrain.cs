using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using SanguoOrleans.Game.Ai;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Grains.Tables;

/// <summary>
/// Hosts one game in its turns. Persists one group (settings, seed, seats, decision log, result): a human decision
/// is acknowledged only after the state holding it is written, while AI and time-out answers, which replay
/// deterministically or may simply be asked again, ride along with the next write. After a silo failure the next
/// call reactivates the table, which replays the log and carries on.
/// </summary>
internal sealed partial class TableGrain : Grain, ITableGrain
{
    private readonly IPersistentState<TableState> _storage;
    private readonly TimeProvider _clock;
    private readonly ILogger<TableGrain> _logger;
    private readonly TimeSpan _observerLease;
    private readonly Dictionary<int, SeatControl> _control = [];
    private GameEngine? _engine;
    private SmartAi? _ai;
    private readonly TrustAi _trust = new();
    private readonly StoredDecisionLog _log = new();

    public TableGrain(
        [PersistentState("table", StorageNames.Default)] IPersistentState<TableState> storage,
        TimeProvider clock,
        IConfiguration configuration,
        ILogger<TableGrain> logger)
    {
        _storage = storage;
        _clock = clock;
        _logger = logger;
        _observerLease = ObserverLeaseFrom(configuration);
    }

    private TableState State => _storage.State;

    private string TableId => this.GetPrimaryKeyString();

    private TableSettings Settings => State.Settings!;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        switch (State.Status)
        {
            case TableStatus.Open:
                ArmStartTimer();
                await PublishToLobbyAsync();
                break;
            case TableStatus.Playing:
                // The log is a consistent prefix of the game; AI answers after it are recomputed identically.
                _engine = GameEngine.Replay(Settings.Game, State.Seed, _log.Load(State.DecisionLog));
                _ai = new SmartAi(Settings.Game);
                LogResumed(_logger, TableId, _log.Count);
                AnswerAutomaticSeats();
                await SettleAsync();
                break;
            case TableStatus.Finished when !State.ResultReported:
                ScheduleResultReport();
                break;
        }

        await base.OnActivateAsync(cancellationToken);
    }

    public Task<Outcome<TableInfo>> GetInfoAsync() =>
        Task.FromResult(Exists ? Outcome.Success(Info()) : NotFound<TableInfo>());

    private bool Exists => State.Status != TableStatus.None;

    private SeatControl Control(int seat)
    {
        if (!_control.TryGetValue(seat, out var control))
        {
            control = new SeatControl();
            _control[seat] = control;
        }

        return control;
    }

    private int SeatOf(Guid user) => State.Seats.FindIndex(s => s.Occupant == SeatOccupant.Human && s.UserId == user && !s.Escaped);

    private bool IsParticipant(Guid user) => SeatOf(user) >= 0 || State.Spectators.Contains(user);

    /// <summary>A human who answers for themselves right now (not AI, not 托管, not gone).</summary>
    private bool IsActiveHuman(int seat)
    {
        var s = State.Seats[seat];
        if (s.Occupant != SeatOccupant.Human || s.Escaped)
        {
            return false;
        }

        var control = Control(seat);
        return !control.AutoPlay && !control.Offline;
    }

    private TableInfo Info() => new(
        TableId,
        Settings.Public() with { Seed = null },
        State.Status,
        State.Owner,
        [.. State.Seats.Select((s, i) => SeatInfoOf(i, s))],
        [.. State.Spectators],
        State.ResultListener is not null,
        State.Result);

    private SeatInfo SeatInfoOf(int seat, SeatState s)
    {
        var control = s.Occupant == SeatOccupant.Human ? Control(seat) : null;
        return new SeatInfo(seat, s.Occupant, s.UserId, s.Ready, control?.AutoPlay ?? false, control is { Offline: false }, s.Escaped);
    }

    /// <summary>
    /// Writes the state now. Returns false on failure, after putting the state (and the game) back to what storage
    /// holds, so that a refusal is the truth.
    /// </summary>
    private async Task<bool> SaveAsync()
    {
        CaptureLog();
        try
        {
            await _storage.WriteStateAsync();
            return true;
        }
        catch (Exception e)
        {
            LogWriteFailed(_logger, TableId, e);
            await ReloadAfterFailedWriteAsync();
            return false;
        }
    }

    /// <summary>Puts the decisions taken since the last write into the state about to be written.</summary>
    private void CaptureLog()
    {
        if (_engine is not null && _log.Count < _engine.DecisionLog.Count)
        {
            _log.CatchUp(_engine.DecisionLog);
            State.DecisionLog = _log.ToArray();
        }
    }

    private async Task ReloadAfterFailedWriteAsync()
    {
        try
        {
            await _storage.ReadStateAsync();
            var decisions = _log.Load(State.DecisionLog);
            _engine = State.Status == TableStatus.Playing ? GameEngine.Replay(Settings.Game, State.Seed, decisions) : null;
        }
        catch (Exception e)
        {
            // Cannot tell what is stored: a fresh activation will read it.
            LogReloadFailed(_logger, TableId, e);
            DeactivateOnIdle();
        }
    }

    private static readonly Refusal StorageUnavailable = new(RefusalCode.StorageUnavailable, "The change could not be saved; nothing was applied. Retry.");

    private static Outcome<T> NotFound<T>() => Outcome.Refused<T>(RefusalCode.TableNotFound, "No such table.");

    private Outcome<T> Refuse<T>(string operation, RefusalCode code, string message)
    {
        LogRefused(_logger, TableId, operation, code, message);
        return Outcome.Refused<T>(code, message);
    }
}
