using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Roguelike;
using SanguoOrleans.Grains.Interfaces.Users;
using SanguoOrleans.Grains.Roguelike.Map;

namespace SanguoOrleans.Grains.Roguelike;

/// <summary>
/// The single writer of one user's 山河图. Calls run one at a time (a grain turn), and each change, the daily reset
/// included, is written before the call returns: racing requests see the reset applied once, and a silo dying
/// mid-way leaves either the old or the new state, never an acknowledged change lost.
/// </summary>
[GrainType(RoguelikeIds.ActGrainType)]
internal sealed partial class RoguelikeActGrain(
    [PersistentState("roguelike-act", StorageNames.Default)] IPersistentState<RoguelikeState> storage,
    IOptions<RoguelikeOptions> options,
    [FromKeyedServices(RoguelikeOptions.ClockKey)] TimeProvider clock,
    ILogger<RoguelikeActGrain> logger) : Grain, IRoguelikeActGrain
{
    private static readonly Refusal StorageUnavailable = new(RefusalCode.StorageUnavailable, "The change could not be saved; nothing was applied. Retry.");
    private readonly RoguelikeOptions _options = options.Value;
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
    private (ulong Seed, RunMap Map)? _map;

    private RoguelikeState State => storage.State;

    private Guid UserId => RoguelikeIds.UserOf(this.GetPrimaryKeyString());

    private IUserGrain User => GrainFactory.GetGrain<IUserGrain>(UserId);

    private RunMap Map
    {
        get
        {
            if (_map is not { } cached || cached.Seed != State.Seed)
            {
                _map = cached = (State.Seed, MapGenerator.Generate(State.Seed));
            }

            return cached.Map;
        }
    }

    public async Task<Outcome<RoguelikeView>> GetAsync() =>
        await ResetIfDueAsync() is { } refusal ? Outcome.Refused<RoguelikeView>(refusal) : Outcome.Success(View());

    /// <summary>Gives the day's stamina once per activity day; a clock set back never resets again.</summary>
    private async Task<Refusal?> ResetIfDueAsync()
    {
        var today = ActivityDays.Of(clock.GetUtcNow(), _zone, _options.ResetHour);
        if (State.LastResetDay is { } last && last >= today)
        {
            return null;
        }

        State.LastResetDay = today;
        State.Stamina = _options.DailyStamina;
        State.ResetsApplied++;
        return await SaveAsync() ? null : StorageUnavailable;
    }

    /// <summary>Writes the state; on failure reloads it, so memory never holds what was not stored.</summary>
    private async Task<bool> SaveAsync()
    {
        try
        {
            await storage.WriteStateAsync();
            return true;
        }
        catch (Exception e)
        {
            LogWriteFailed(logger, this.GetPrimaryKeyString(), e);
            try
            {
                await storage.ReadStateAsync();
            }
            catch (Exception reload)
            {
                LogWriteFailed(logger, this.GetPrimaryKeyString(), reload);
                DeactivateOnIdle();
            }

            return false;
        }
    }

    /// <summary>Copies the summary to the user's profile; the copy is lazily saved there and rebuilt on the next change.</summary>
    private Task PublishSummaryAsync() =>
        User.RecordRoguelikeSummaryAsync(new RoguelikeSummary(State.RunNumber, State.RunsCompleted, State.BestFloor));

    private RoguelikeView View() => new(
        State.Status == RunStatus.None ? _options.Season : State.Season,
        State.Stamina,
        _options.DailyStamina,
        State.LastResetDay,
        State.ResetsApplied,
        State.RunNumber,
        State.Status,
        State.Hero,
        State.Hp,
        State.MaxHp,
        [.. State.Boons],
        State.Position,
        [.. State.Cleared],
        State.BattleTable,
        new Dictionary<int, long>(State.Unclaimed),
        [.. State.Claimed],
        State.Status == RunStatus.None ? [] : Map.Nodes,
        ShopHere());

    private static Outcome<T> Refuse<T>(RefusalCode code, string message) => Outcome.Refused<T>(code, message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Roguelike {Key}: storage failed")]
    private static partial void LogWriteFailed(ILogger logger, string key, Exception exception);
}
