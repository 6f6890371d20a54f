using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Ladder.Ratings;

namespace SanguoOrleans.Grains.Ladder.Ratings;

/// <summary>
/// One player on one ladder, apart from the user grain: results must be durable and applied once before the table
/// hears they were, while the user's ladder group is saved lazily; and the queue's cooldown checks land here, not on
/// the grain that serves the player's session.
/// </summary>
internal sealed partial class LadderPlayerGrain(
    [PersistentState("ladder-player", StorageNames.Default)] IPersistentState<LadderPlayerState> storage,
    IOptions<LadderOptions> options,
    TimeProvider clock,
    ILogger<LadderPlayerGrain> logger) : Grain, ILadderPlayerGrain
{
    private readonly LadderOptions _options = options.Value;

    private static OpenSkillParameters Model => OpenSkillParameters.Default;

    private LadderPlayerState State => storage.State;

    private string LadderId => this.GetPrimaryKeyString().Split(':')[0];

    private Guid UserId => Guid.ParseExact(this.GetPrimaryKeyString().Split(':')[1], "N");

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        StartIfNew();
        return base.OnActivateAsync(cancellationToken);
    }

    /// <summary>A player who never had a result starts from a new player's rating.</summary>
    private void StartIfNew()
    {
        if (!storage.RecordExists)
        {
            State.Mu = Model.Mu;
            State.Sigma = Model.Sigma;
        }
    }

    public async Task<LadderStanding> GetStandingAsync()
    {
        await EnsureCurrentSeasonAsync();
        return Standing();
    }

    public Task<TimeSpan> GetQueueCooldownAsync()
    {
        var left = State.CooldownUntil is { } until ? until - clock.GetUtcNow() : TimeSpan.Zero;
        return Task.FromResult(left > TimeSpan.Zero ? left : TimeSpan.Zero);
    }

    public async Task<LadderStanding> GetStandingBeforeAsync(string tableId)
    {
        if (State.Applied.Find(a => a.TableId == tableId) is { } applied)
        {
            return Standing() with { Season = applied.Season, Mu = applied.MuBefore, Sigma = applied.SigmaBefore };
        }

        await EnsureCurrentSeasonAsync();
        return Standing();
    }

    public async Task<Outcome<LadderStanding>> ApplyResultAsync(LadderResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (State.Applied.Exists(a => a.TableId == result.TableId))
        {
            return Outcome.Success(Standing());
        }

        await EnsureCurrentSeasonAsync();
        var previous = State.Played > 0 ? Standing().DisplayRating : (double?)null;
        State.Applied.Add(new AppliedTable(result.TableId, State.Season, State.Mu, State.Sigma));
        if (State.Applied.Count > LadderPlayerState.AppliedKept)
        {
            State.Applied.RemoveAt(0);
        }

        // A result rated from last season's rating does not overwrite this season's reset; its stars still count.
        if (result.Season == State.Season)
        {
            State.Mu = result.Mu - (result.Escaped ? _options.EscapeRatingPenalty : 0);
            State.Sigma = result.Sigma;
        }

        (State.Tier, State.Stars) = LadderLevels.After(State.Tier, State.Stars, result.Outcome, result.Escaped);
        State.Played++;
        State.Won += result.Outcome == LadderOutcome.Won && !result.Escaped ? 1 : 0;
        if (result.Escaped)
        {
            State.Escapes++;
            State.CooldownUntil = clock.GetUtcNow() + _options.EscapeCooldown;
        }

        if (!await TryWriteAsync())
        {
            return Outcome.Refused<LadderStanding>(RefusalCode.StorageUnavailable, "The ladder result could not be saved; nothing was applied. Retry.");
        }

        var standing = Standing();
        await ReportToLeaderboardAsync(standing, previous);
        await CopyToUserAsync(standing);
        return Outcome.Success(standing);
    }

    /// <summary>The lazy season reset: the first call in a new season applies it and writes it, once.</summary>
    private async Task EnsureCurrentSeasonAsync()
    {
        var season = await GrainFactory.GetGrain<ILadderSeasonGrain>(LadderId).GetSeasonAsync();
        if (!storage.RecordExists && State.Played == 0)
        {
            State.Season = season;
            return;
        }

        if (State.Season >= season)
        {
            return;
        }

        SeasonReset.Apply(State, season, _options, Model);
        LogSeasonReset(logger, LadderId, UserId, season);
        if (!await TryWriteAsync())
        {
            throw new InvalidOperationException($"The season {season} reset of {this.GetPrimaryKeyString()} could not be saved.");
        }
    }

    private async Task<bool> TryWriteAsync()
    {
        try
        {
            await storage.WriteStateAsync();
            return true;
        }
        catch (Exception e)
        {
            LogWriteFailed(logger, this.GetPrimaryKeyString(), e);
            await ReloadAsync();
            return false;
        }
    }

    /// <summary>Drops the change that could not be written by reading back what is stored.</summary>
    private async Task ReloadAsync()
    {
        try
        {
            await storage.ReadStateAsync();
            StartIfNew();
        }
        catch (Exception e)
        {
            // Cannot tell what is stored: the next call starts from storage in a fresh activation.
            LogWriteFailed(logger, this.GetPrimaryKeyString(), e);
            DeactivateOnIdle();
        }
    }

    private LadderStanding Standing() => new(
        LadderId,
        UserId,
        State.Season,
        State.Mu,
        State.Sigma,
        State.Tier,
        State.Stars,
        State.Played,
        State.Won,
        State.Escapes,
        State.CooldownUntil > clock.GetUtcNow() ? State.CooldownUntil : null);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ladder {LadderId}: user {UserId} reset for season {Season}")]
    private static partial void LogSeasonReset(ILogger logger, string ladderId, Guid userId, int season);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ladder player {Key}: a storage call failed; the change was dropped")]
    private static partial void LogWriteFailed(ILogger logger, string key, Exception exception);
}
