using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SanguoOrleans.Gateway.Admin;
using SanguoOrleans.Gateway.Handlers;
using SanguoOrleans.Gateway.Hosting;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Gateway.Replays;

/// <summary>Finished games' records on the HTTP port: read-only, for <c>sanguo replay</c> and anyone reviewing a game.</summary>
public static class ReplayEndpoints
{
    /// <summary>Maps <c>GET /replays/{tableId}</c> and, when the admin API is on, <c>POST /admin/ai-games</c>.</summary>
    public static WebApplication MapReplayEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/replays/{tableId}", GetAsync);
        if (app.Services.GetRequiredService<IOptions<AdminOptions>>().Value.Enabled)
        {
            app.MapPost("/admin/ai-games", AiGameEndpoint.PlayAsync).AddEndpointFilter<AdminKeyFilter>();
        }

        return app;
    }

    private static async Task<IResult> GetAsync(string tableId, HttpContext http, IGrainFactory grains, IOptions<ClientGatewayOptions> gateway)
    {
        // A malformed id names no table; refusing it here also keeps such ids from activating grains.
        if (!TableIds.IsValid(tableId))
        {
            return NotFound("table_not_found", "No such table.");
        }

        Outcome<TableReplay> replay;
        try
        {
            replay = await ClusterCall.RetryAsync(
                () => grains.GetGrain<ITableGrain>(tableId).GetReplayAsync(), gateway.Value.RequestTimeout, http.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (ClusterCall.IsTransient(e) || (e is OperationCanceledException && !http.RequestAborted.IsCancellationRequested))
        {
            return Results.Json(new AdminError("cluster_unavailable", "The cluster did not answer; retry."), ReplayDocument.Json, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return replay.Refusal switch
        {
            null => Results.Json(ReplayDocument.From(replay.Value!), ReplayDocument.Json),
            { Code: RefusalCode.TableNotFound } refusal => NotFound("table_not_found", refusal.Message),
            var refusal => NotFound("game_not_finished", refusal.Message),
        };
    }

    private static IResult NotFound(string code, string message) =>
        Results.Json(new AdminError(code, message), ReplayDocument.Json, statusCode: StatusCodes.Status404NotFound);
}
