using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Users;
using SanguoOrleans.Grains.Persistence;
using SanguoOrleans.Grains.Presence;
using SanguoOrleans.Grains.Wallet;

namespace SanguoOrleans.Grains.Users;

/// <summary>
/// The single writer of one user's data. Urgent groups (account) are written before a call returns; lazy groups
/// (profile, games, ladder, roguelike, invites) are written by a one-shot flush timer, so every change made within
/// one flush interval shares one write, and always when the user goes offline or the grain deactivates.
/// </summary>
internal sealed partial class UserGrain : Grain, IUserGrain
{
    private readonly PersistentGroup<AccountState> _account;
    private readonly PersistentGroup<ProfileState> _profile;
    private readonly PersistentGroup<RecordState<GameRecord>> _games;
    private readonly PersistentGroup<RecordState<LadderRecord>> _ladder;
    private readonly PersistentGroup<RecordState<RoguelikeSummary>> _roguelike;
    private readonly PersistentGroup<InvitesState> _invites;
    private readonly IWalletStore _wallet;
    private readonly PresenceReporter _presence;
    private readonly UserPersistenceOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<UserGrain> _logger;
    private IGrainTimer? _flushTimer;

    public UserGrain(
        [PersistentState("user-account", StorageNames.Default)] IPersistentState<AccountState> account,
        [PersistentState("user-profile", StorageNames.Default)] IPersistentState<ProfileState> profile,
        [PersistentState("user-games", StorageNames.Default)] IPersistentState<RecordState<GameRecord>> games,
        [PersistentState("user-ladder", StorageNames.Default)] IPersistentState<RecordState<LadderRecord>> ladder,
        [PersistentState("user-roguelike", StorageNames.Default)] IPersistentState<RecordState<RoguelikeSummary>> roguelike,
        [PersistentState("user-invites", StorageNames.Default)] IPersistentState<InvitesState> invites,
        IWalletStore wallet,
        PresenceReporter presence,
        IOptions<UserPersistenceOptions> options,
        TimeProvider clock,
        ILogger<UserGrain> logger)
    {
        _account = new(account, urgent: true);
        _profile = new(profile, urgent: false);
        _games = new(games, urgent: false);
        _ladder = new(ladder, urgent: false);
        _roguelike = new(roguelike, urgent: false);
        _invites = new(invites, urgent: false);
        _wallet = wallet;
        _presence = presence;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
    }

    private Guid UserId => this.GetPrimaryKey();

    private bool Exists => _account.Exists;

    private Task[] SaveAllDirty() =>
        [_account.SaveAsync(), _profile.SaveAsync(), _games.SaveAsync(), _ladder.SaveAsync(), _roguelike.SaveAsync(), _invites.SaveAsync()];

    public async Task<Outcome<UserProfile>> CreateAsync(string accountName)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountName);
        if (!Exists)
        {
            _account.State.AccountName = accountName;
            _account.State.CreatedAt = _clock.GetUtcNow();
            if (await SaveUrgentAsync(_account) is { } refusal)
            {
                return Outcome.Refused<UserProfile>(refusal);
            }
        }

        return Outcome.Success(Profile());
    }

    public Task<Outcome<UserRecords>> GetRecordsAsync() => Task.FromResult(
        Exists
            ? Outcome.Success(new UserRecords(
                _games.State.Value ?? GameRecord.Empty,
                _ladder.State.Value ?? LadderRecord.Unranked,
                _roguelike.State.Value ?? RoguelikeSummary.Empty,
                _invites.State.Pending.ToList()))
            : NotFound<UserRecords>());

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Whatever the reason, nothing changed is left unwritten when this activation goes away.
        await FlushAsync();
        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    /// <summary>
    /// Writes an urgent group now. On failure the change is undone, so that the refusal the caller gets is the truth.
    /// </summary>
    private async Task<Refusal?> SaveUrgentAsync<T>(PersistentGroup<T> group)
    {
        group.MarkDirty();
        try
        {
            await group.SaveAsync();
            return null;
        }
        catch (Exception e)
        {
            LogUrgentWriteFailed(_logger, UserId, e);
            await UndoAsync(group);
            return StorageUnavailable;
        }
    }

    private async Task UndoAsync<T>(PersistentGroup<T> group)
    {
        try
        {
            await group.ReloadAsync();
        }
        catch (Exception e)
        {
            // Cannot tell what is stored: let the next call start from storage in a fresh activation.
            LogReloadFailed(_logger, UserId, e);
            DeactivateOnIdle();
        }
    }

    /// <summary>Marks a lazy group changed and makes sure a flush is coming.</summary>
    private void Changed<T>(PersistentGroup<T> group)
    {
        group.MarkDirty();
        if (_flushTimer is null)
        {
            var jitter = _options.FlushInterval * Random.Shared.NextDouble();
            _flushTimer = this.RegisterGrainTimer(
                static (grain, _) => grain.OnFlushTimerAsync(),
                this,
                new GrainTimerCreationOptions(_options.FlushInterval + jitter, Timeout.InfiniteTimeSpan) { Interleave = false });
        }
    }

    private async Task OnFlushTimerAsync()
    {
        _flushTimer?.Dispose();
        _flushTimer = null;
        if (!await FlushAsync())
        {
            // Still dirty: try again one interval later rather than on every change.
            Changed(_profile);
        }
    }

    /// <summary>Writes every dirty group; returns false, leaving failed groups dirty, when any write fails.</summary>
    private async Task<bool> FlushAsync()
    {
        var saves = SaveAllDirty();
        try
        {
            await Task.WhenAll(saves);
            return true;
        }
        catch
        {
            foreach (var failed in saves.Where(s => s.IsFaulted))
            {
                LogFlushFailed(_logger, UserId, failed.Exception!.InnerException!);
            }

            return false;
        }
    }

    private static readonly Refusal StorageUnavailable = new(RefusalCode.StorageUnavailable, "The change could not be saved; nothing was applied. Retry.");

    private static Outcome<T> NotFound<T>() => Outcome.Refused<T>(RefusalCode.UserNotFound, "No such user.");

    [LoggerMessage(Level = LogLevel.Error, Message = "User {UserId}: an urgent write failed; the change was refused")]
    private static partial void LogUrgentWriteFailed(ILogger logger, Guid userId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "User {UserId}: could not reload state after a failed write; deactivating")]
    private static partial void LogReloadFailed(ILogger logger, Guid userId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId}: a flush failed; the group stays dirty and is retried")]
    private static partial void LogFlushFailed(ILogger logger, Guid userId, Exception exception);
}
