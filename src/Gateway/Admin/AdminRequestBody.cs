using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace SanguoOrleans.Gateway.Admin;

/// <summary>
/// Reads a JSON request body with the admin API's own options, so that a malformed body gets the same
/// <c>{ code, message }</c> refusal as every other mistake instead of the framework's default response.
/// </summary>
internal static class AdminRequestBody
{
    public static async Task<(T? Body, IResult? Error)> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, AdminResults.Invalid("The body must be JSON (Content-Type: application/json)."));
        }

        try
        {
            var body = await request.ReadFromJsonAsync<T>(AdminJson.Options, request.HttpContext.RequestAborted).ConfigureAwait(false);
            return body is null ? (null, AdminResults.Invalid("The body is empty.")) : (body, null);
        }
        catch (JsonException e)
        {
            return (null, AdminResults.Invalid("The body is not valid: " + e.Message));
        }
    }
}
