using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SanguoOrleans.Grains.Interfaces.Chat;

namespace SanguoOrleans.Gateway.Admin;

/// <summary>Chat moderation for operators: muting a user in a channel, or lifting the mute.</summary>
internal static class AdminChatEndpoints
{
    public static void Map(RouteGroupBuilder admin) => admin.MapPost("/chat/mute", MuteAsync);

    private static async Task<IResult> MuteAsync(HttpContext http, AdminRunner runner)
    {
        var (body, malformed) = await AdminRequestBody.ReadAsync<ChatMuteRequest>(http.Request).ConfigureAwait(false);
        var action = new AdminAction("chat-mute", $"user {body?.UserId} in {body?.Channel}", $"{body?.Minutes} min");
        return await runner.RunAsync(http, action, async grains =>
        {
            if ((malformed ?? (body!.Validate() is { } invalid ? AdminResults.Invalid(invalid) : null)) is { } refused)
            {
                return refused;
            }

            // Operators act as nobody's channel owner: the grain trusts a null "by".
            var muted = await grains.GetGrain<IChatChannelGrain>(body!.Channel!)
                .MuteAsync(body.UserId!.Value, TimeSpan.FromMinutes(body.Minutes!.Value), by: null).ConfigureAwait(false);
            return muted.Refusal is { } refusal
                ? AdminResults.Refused(refusal)
                : AdminResults.Ok(new { body.Channel, body.UserId, Until = muted.Value });
        }).ConfigureAwait(false);
    }
}
