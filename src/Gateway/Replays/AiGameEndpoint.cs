using Microsoft.AspNetCore.Http;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Gateway.Admin;
using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Gateway.Replays;

/// <summary>
/// <c>POST /admin/ai-games</c>: plays one game with AI in every seat on a new table and answers with its id once it
/// is finished, so operators (and tests) have a real game to replay without seating anyone.
/// </summary>
internal static class AiGameEndpoint
{
    // A whole AI game runs in one grain turn; on a loaded box an 8-player game can take a few seconds.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<IResult> PlayAsync(HttpContext http, AdminRunner runner)
    {
        var (body, malformed) = await AdminRequestBody.ReadAsync<AiGameRequest>(http.Request).ConfigureAwait(false);
        var tableId = TableIds.New();
        // Not retried: a repeat would play a second game, on another table.
        var action = new AdminAction("ai-game", $"table {tableId}", $"{body?.Mode} seed {body?.Seed}") { Retryable = false, Timeout = Timeout };
        return await runner.RunAsync(http, action, async grains =>
        {
            if (malformed is not null)
            {
                return malformed;
            }

            var settings = new TableSettings("ai game", new GameSettings(body!.Mode ?? GameMode.Identity5), Seed: body.Seed);
            var played = await grains.GetGrain<ITableGrain>(tableId).PlayAiGameAsync(settings).ConfigureAwait(false);
            if (played.Refusal is { } refusal)
            {
                return AdminResults.Refused(refusal);
            }

            var result = played.Value!.Result!;
            return AdminResults.Ok(new { TableId = tableId, result.Side, result.Turns }, StatusCodes.Status201Created);
        }).ConfigureAwait(false);
    }

    /// <summary>The mode (default identity5) and, for a reproducible game, the seed.</summary>
    internal sealed record AiGameRequest(GameMode? Mode = null, ulong? Seed = null);
}
