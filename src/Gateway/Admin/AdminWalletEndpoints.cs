using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SanguoOrleans.Grains.Interfaces.Users;
using SanguoOrleans.Grains.Interfaces.Wallet;

namespace SanguoOrleans.Gateway.Admin;

/// <summary>Granting and deducting currency, a user's ledger, and the reconciliation check.</summary>
internal static class AdminWalletEndpoints
{
    private const int DefaultLedgerLimit = 20;
    private const int MaxLedgerLimit = 1000;

    // Reconciliation reads the whole ledger: give it longer than an ordinary request, and never start it twice.
    private static readonly AdminAction Reconciliation = new("reconcile", "wallet") { Retryable = false, Timeout = TimeSpan.FromMinutes(2) };

    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapPost("/users/{userId:guid}/grant", (Guid userId, HttpContext http, AdminRunner runner) => ChangeAsync(userId, deduct: false, http, runner));
        admin.MapPost("/users/{userId:guid}/deduct", (Guid userId, HttpContext http, AdminRunner runner) => ChangeAsync(userId, deduct: true, http, runner));
        admin.MapGet("/users/{userId:guid}/ledger", Ledger);
        admin.MapPost("/reconcile", (HttpContext http, AdminRunner runner) => runner.RunAsync(http, Reconciliation, Reconcile));
    }

    private static async Task<IResult> ChangeAsync(Guid userId, bool deduct, HttpContext http, AdminRunner runner)
    {
        var verb = deduct ? "deduct" : "grant";
        var (body, malformed) = await AdminRequestBody.ReadAsync<WalletChangeRequest>(http.Request).ConfigureAwait(false);
        var (operation, invalid) = body?.ToOperation(deduct) ?? default;
        var details = body is null ? "" : $"{body.Amount} {body.Currency} operation {body.OperationId}: {body.Reason}";
        // The operation id makes a repeat harmless, so the call is retried like a read.
        return await runner.RunAsync(http, new AdminAction(verb, $"user {userId}", details), async grains =>
        {
            if (malformed is not null || invalid is not null)
            {
                return malformed ?? AdminResults.Invalid(invalid!);
            }

            var user = grains.GetGrain<IUserGrain>(userId);
            var applied = await user.ApplyWalletOperationAsync(operation!).ConfigureAwait(false);
            if (applied.Refusal is { } refusal)
            {
                return AdminResults.Refused(refusal);
            }

            var balance = await user.GetBalanceAsync().ConfigureAwait(false);
            return AdminResults.Ok(new WalletChangeView(applied.Value!, balance));
        }).ConfigureAwait(false);
    }

    // The limit is read as text so that a non-number gets the admin API's refusal, not the framework's.
    private static Task<IResult> Ledger(Guid userId, string? limit, HttpContext http, AdminRunner runner) =>
        runner.RunAsync(http, new AdminAction("ledger", $"user {userId}", $"limit {limit}"), async grains =>
        {
            var count = DefaultLedgerLimit;
            if (limit is not null && !int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxLedgerLimit)
            {
                return AdminResults.Invalid($"A limit is 1 to {MaxLedgerLimit}.");
            }

            if ((await grains.GetGrain<IUserGrain>(userId).GetProfileAsync().ConfigureAwait(false)).Refusal is { } refusal)
            {
                return AdminResults.Refused(refusal);
            }

            var entries = await grains.GetGrain<IWalletAuditGrain>(0).GetLedgerAsync(userId, count).ConfigureAwait(false);
            return AdminResults.Ok(new { UserId = userId, Entries = entries });
        });

    private static async Task<IResult> Reconcile(IGrainFactory grains) =>
        AdminResults.Ok(await grains.GetGrain<IWalletAuditGrain>(0).ReconcileAsync().ConfigureAwait(false));
}
