using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SanguoOrleans.Grains.Interfaces.Accounts;

namespace SanguoOrleans.Gateway.Admin;

/// <summary>Creating accounts for operators and tests, and banning or unbanning them.</summary>
internal static class AdminAccountEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapPost("/accounts", Create);
        admin.MapPost("/accounts/{account}/ban", (string account, HttpContext http, AdminRunner runner) => SetBannedAsync(account, banned: true, http, runner));
        admin.MapPost("/accounts/{account}/unban", (string account, HttpContext http, AdminRunner runner) => SetBannedAsync(account, banned: false, http, runner));
    }

    private static async Task<IResult> Create(HttpContext http, AdminRunner runner)
    {
        var (body, malformed) = await AdminRequestBody.ReadAsync<CreateAccountRequest>(http.Request).ConfigureAwait(false);
        // Not retried: after a lost reply a repeat would report the name as taken by the account it just made.
        var action = new AdminAction("create-account", $"account {body?.Account}") { Retryable = false };
        return await runner.RunAsync(http, action, async grains =>
        {
            if (malformed is not null)
            {
                return malformed;
            }

            if (!AccountNames.IsValid(body!.Account))
            {
                return AdminResults.Invalid("An account name has 3 to 32 letters, digits, '_', '.' or '-'.");
            }

            var registered = await grains.GetGrain<IAccountGrain>(AccountNames.Key(body.Account!)).RegisterAsync(body.Password ?? "").ConfigureAwait(false);
            return registered.Refusal is { } refusal
                ? AdminResults.Refused(refusal)
                : AdminResults.Ok(new { body.Account, UserId = registered.Value }, StatusCodes.Status201Created);
        }).ConfigureAwait(false);
    }

    private static async Task<IResult> SetBannedAsync(string account, bool banned, HttpContext http, AdminRunner runner)
    {
        var (body, malformed) = await AdminRequestBody.ReadAsync<BanRequest>(http.Request).ConfigureAwait(false);
        var action = new AdminAction(banned ? "ban" : "unban", $"account {account}", body?.Reason ?? "");
        return await runner.RunAsync(http, action, async grains =>
        {
            if ((malformed ?? (body!.Validate() is { } invalid ? AdminResults.Invalid(invalid) : null)) is { } refused)
            {
                return refused;
            }

            var (userId, unknown) = await AdminUserEndpoints.ResolveAccountAsync(grains, account).ConfigureAwait(false);
            if (unknown is not null)
            {
                return unknown;
            }

            // A ban also ends the live session, inside the account grain.
            await grains.GetGrain<IAccountGrain>(AccountNames.Key(account)).SetBannedAsync(banned, body!.Reason!).ConfigureAwait(false);
            return AdminResults.Ok(new { Account = account, UserId = userId, Banned = banned });
        }).ConfigureAwait(false);
    }
}
