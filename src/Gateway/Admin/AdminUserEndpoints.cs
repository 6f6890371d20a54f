using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SanguoOrleans.Grains.Interfaces.Accounts;
using SanguoOrleans.Grains.Interfaces.Users;

namespace SanguoOrleans.Gateway.Admin;

/// <summary>Looking users up by id, account name or nickname, and kicking them.</summary>
internal static class AdminUserEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/users/{userId:guid}", ById);
        admin.MapGet("/users", ByName);
        admin.MapPost("/users/{userId:guid}/kick", Kick);
    }

    private static Task<IResult> ById(Guid userId, HttpContext http, AdminRunner runner) =>
        runner.RunAsync(http, new AdminAction("lookup", $"user {userId}"), grains => ViewAsync(grains, userId));

    private static Task<IResult> ByName(string? account, string? nickname, HttpContext http, AdminRunner runner) =>
        runner.RunAsync(http, new AdminAction("lookup", account is not null ? $"account {account}" : $"nickname {nickname}"), async grains =>
        {
            if ((account is null) == (nickname is null))
            {
                return AdminResults.Invalid("Give exactly one of ?account= or ?nickname=.");
            }

            var (userId, refused) = account is not null
                ? await ResolveAccountAsync(grains, account).ConfigureAwait(false)
                : await ResolveNicknameAsync(grains, nickname!).ConfigureAwait(false);
            return refused ?? await ViewAsync(grains, userId).ConfigureAwait(false);
        });

    private static Task<IResult> Kick(Guid userId, HttpContext http, AdminRunner runner) =>
        runner.RunAsync(http, new AdminAction("kick", $"user {userId}"), async grains =>
        {
            var user = grains.GetGrain<IUserGrain>(userId);
            if ((await user.GetProfileAsync().ConfigureAwait(false)).Refusal is { } refusal)
            {
                return AdminResults.Refused(refusal);
            }

            var wasOnline = await user.IsOnlineAsync().ConfigureAwait(false);
            await user.KickAsync(SessionEndReason.Kicked).ConfigureAwait(false);
            return AdminResults.Ok(new { UserId = userId, WasOnline = wasOnline });
        });

    /// <summary>The operator's view of one user, or the refusal when there is no such user.</summary>
    public static async Task<IResult> ViewAsync(IGrainFactory grains, Guid userId)
    {
        var user = grains.GetGrain<IUserGrain>(userId);
        var profile = await user.GetProfileAsync().ConfigureAwait(false);
        if (profile.Refusal is { } refusal)
        {
            return AdminResults.Refused(refusal);
        }

        var balance = user.GetBalanceAsync();
        var online = user.IsOnlineAsync();
        var banned = grains.GetGrain<IAccountGrain>(AccountNames.Key(profile.Value!.AccountName)).IsBannedAsync();
        return AdminResults.Ok(new UserView(
            profile.Value!, await balance.ConfigureAwait(false), await online.ConfigureAwait(false), await banned.ConfigureAwait(false)));
    }

    /// <summary>The user id an account name belongs to, or the refusal to answer with.</summary>
    public static async Task<(Guid UserId, IResult? Refused)> ResolveAccountAsync(IGrainFactory grains, string account)
    {
        if (!AccountNames.IsValid(account))
        {
            return (default, AdminResults.Invalid("An account name has 3 to 32 letters, digits, '_', '.' or '-'."));
        }

        return await grains.GetGrain<IAccountGrain>(AccountNames.Key(account)).GetUserIdAsync().ConfigureAwait(false) is { } userId
            ? (userId, null)
            : (default, AdminResults.UserNotFound($"No account is named '{account}'."));
    }

    private static async Task<(Guid UserId, IResult? Refused)> ResolveNicknameAsync(IGrainFactory grains, string nickname)
    {
        if (Nicknames.Validate(nickname) is { } invalid)
        {
            return (default, AdminResults.Invalid(invalid));
        }

        return await grains.GetGrain<INicknameGrain>(Nicknames.Key(nickname)).GetOwnerAsync().ConfigureAwait(false) is { } userId
            ? (userId, null)
            : (default, AdminResults.UserNotFound($"No user has the nickname '{nickname}'."));
    }
}
