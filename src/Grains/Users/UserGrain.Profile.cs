using Microsoft.Extensions.Logging;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Users;

namespace SanguoOrleans.Grains.Users;

internal sealed partial class UserGrain
{
    public Task<Outcome<UserProfile>> GetProfileAsync() =>
        Task.FromResult(Exists ? Outcome.Success(Profile()) : NotFound<UserProfile>());

    public async Task<Outcome<UserProfile>> SetNicknameAsync(string nickname)
    {
        if (!Exists)
        {
            return NotFound<UserProfile>();
        }

        if (_account.State.Nickname is not null)
        {
            return Refuse<UserProfile>(nameof(SetNicknameAsync), RefusalCode.NicknameAlreadySet, "A nickname is chosen once.");
        }

        if (Nicknames.Validate(nickname) is { } invalid)
        {
            return Refuse<UserProfile>(nameof(SetNicknameAsync), RefusalCode.NicknameInvalid, invalid);
        }

        // The nickname grain is the lock: once it names this user, a retry after a failed write here succeeds.
        var claim = await GrainFactory.GetGrain<INicknameGrain>(Nicknames.Key(nickname)).ClaimAsync(UserId);
        if (!claim.Ok)
        {
            return Refuse<UserProfile>(nameof(SetNicknameAsync), claim.Refusal!.Code, claim.Refusal.Message);
        }

        _account.State.Nickname = nickname;
        return await SaveUrgentAsync(_account) is { } refusal ? Outcome.Refused<UserProfile>(refusal) : Outcome.Success(Profile());
    }

    public Task<Outcome<UserProfile>> UpdateProfileAsync(ProfileUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (!Exists)
        {
            return Task.FromResult(NotFound<UserProfile>());
        }

        if (update.Avatar is < 0 or >= ProfileUpdate.AvatarCount)
        {
            return Task.FromResult(Refuse<UserProfile>(nameof(UpdateProfileAsync), RefusalCode.InvalidArgument, $"An avatar is 0 to {ProfileUpdate.AvatarCount - 1}."));
        }

        if (update.Signature is { Length: > ProfileUpdate.MaxSignatureLength })
        {
            return Task.FromResult(Refuse<UserProfile>(nameof(UpdateProfileAsync), RefusalCode.InvalidArgument, $"A signature has at most {ProfileUpdate.MaxSignatureLength} characters."));
        }

        _profile.State.Avatar = update.Avatar ?? _profile.State.Avatar;
        _profile.State.Signature = update.Signature ?? _profile.State.Signature;
        Changed(_profile);
        return Task.FromResult(Outcome.Success(Profile()));
    }

    public Task<Outcome<UserProfile>> AddExperienceAsync(int amount)
    {
        if (!Exists)
        {
            return Task.FromResult(NotFound<UserProfile>());
        }

        if (amount <= 0)
        {
            return Task.FromResult(Refuse<UserProfile>(nameof(AddExperienceAsync), RefusalCode.InvalidArgument, "Experience is added in positive amounts."));
        }

        _profile.State.Experience += amount;
        Changed(_profile);
        return Task.FromResult(Outcome.Success(Profile()));
    }

    private UserProfile Profile() => new(
        UserId,
        _account.State.AccountName,
        _account.State.Nickname,
        _profile.State.Avatar,
        _profile.State.Signature,
        Levels.FromExperience(_profile.State.Experience),
        _profile.State.Experience,
        _account.State.CreatedAt);

    /// <summary>Refuses a request and leaves the audit trail the seed's 日志回溯 asks for.</summary>
    private Outcome<T> Refuse<T>(string operation, RefusalCode code, string message)
    {
        LogRefused(_logger, UserId, operation, code, message);
        return Outcome.Refused<T>(code, message);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Operation} for user {UserId}: {Code} ({Reason})")]
    private static partial void LogRefused(ILogger logger, Guid userId, string operation, RefusalCode code, string reason);
}
