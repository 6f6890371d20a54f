using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Accounts;
using SanguoOrleans.Grains.Interfaces.Users;

namespace SanguoOrleans.Grains.Accounts;

internal sealed partial class AccountGrain(
    [PersistentState("account", StorageNames.Default)] IPersistentState<AccountRecord> account,
    IPasswordHasher<AccountRecord> hasher,
    TimeProvider clock,
    ILogger<AccountGrain> logger) : Grain, IAccountGrain
{
    private static readonly Refusal WrongCredentials = new(RefusalCode.WrongCredentials, "Wrong account name or password.");

    private string Name => this.GetPrimaryKeyString()["account/".Length..];

    private bool Registered => account.RecordExists;

    public async Task<Outcome<Guid>> RegisterAsync(string password)
    {
        if (!AccountNames.IsValid(Name))
        {
            return Refuse(RefusalCode.InvalidArgument, "An account name has 3 to 32 letters, digits, '_', '.' or '-'.");
        }

        if (password is not { Length: >= AccountNames.MinPasswordLength and <= AccountNames.MaxPasswordLength })
        {
            return Refuse(RefusalCode.InvalidArgument, $"A password has {AccountNames.MinPasswordLength} to {AccountNames.MaxPasswordLength} characters.");
        }

        if (Registered)
        {
            return Refuse(RefusalCode.AccountTaken, "That account name is taken.");
        }

        var state = account.State;
        state.UserId = Guid.NewGuid();
        state.CreatedAt = clock.GetUtcNow();
        // Hashing costs tens of milliseconds of CPU by design; keep it off the grain's turn.
        state.PasswordHash = await Task.Run(() => hasher.HashPassword(state, password));
        await account.WriteStateAsync();

        var created = await GrainFactory.GetGrain<IUserGrain>(state.UserId).CreateAsync(Name);
        return created.Ok ? Outcome.Success(state.UserId) : Outcome.Refused<Guid>(created.Refusal!);
    }

    public async Task<Outcome<Guid>> AuthenticateAsync(string password)
    {
        if (!Registered || password is not { Length: > 0 and <= AccountNames.MaxPasswordLength })
        {
            LogLoginRefused(logger, Name, "unknown account or malformed password");
            return Outcome.Refused<Guid>(WrongCredentials);
        }

        var state = account.State;
        var verdict = await Task.Run(() => hasher.VerifyHashedPassword(state, state.PasswordHash, password));
        if (verdict == PasswordVerificationResult.Failed)
        {
            LogLoginRefused(logger, Name, "wrong password");
            return Outcome.Refused<Guid>(WrongCredentials);
        }

        if (state.Banned)
        {
            LogLoginRefused(logger, Name, "banned: " + state.BanReason);
            return Refuse(RefusalCode.Banned, "This account is banned.");
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            state.PasswordHash = await Task.Run(() => hasher.HashPassword(state, password));
            await account.WriteStateAsync();
        }

        // Registration may have stopped between the account and the user: finish it (a no-op otherwise).
        var user = await GrainFactory.GetGrain<IUserGrain>(state.UserId).CreateAsync(Name);
        return user.Ok ? Outcome.Success(state.UserId) : Outcome.Refused<Guid>(user.Refusal!);
    }

    public Task<Guid?> GetUserIdAsync() => Task.FromResult<Guid?>(Registered ? account.State.UserId : null);

    public Task<bool> IsBannedAsync() => Task.FromResult(Registered && account.State.Banned);

    public async Task SetBannedAsync(bool banned, string reason)
    {
        if (!Registered)
        {
            return;
        }

        account.State.Banned = banned;
        account.State.BanReason = banned ? reason : null;
        await account.WriteStateAsync();
        LogBanChanged(logger, Name, account.State.UserId, banned, reason);
        if (banned)
        {
            await GrainFactory.GetGrain<IUserGrain>(account.State.UserId).KickAsync(SessionEndReason.Banned);
        }
    }

    private Outcome<Guid> Refuse(RefusalCode code, string message)
    {
        LogRegistrationRefused(logger, Name, code, message);
        return Outcome.Refused<Guid>(code, message);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Login refused for account {Account}: {Reason}")]
    private static partial void LogLoginRefused(ILogger logger, string account, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {Account} refused: {Code} ({Reason})")]
    private static partial void LogRegistrationRefused(ILogger logger, string account, RefusalCode code, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {Account} (user {UserId}) banned={Banned}: {Reason}")]
    private static partial void LogBanChanged(ILogger logger, string account, Guid userId, bool banned, string reason);
}
