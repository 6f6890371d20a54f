using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SanguoOrleans.Grains.Interfaces;

namespace SanguoOrleans.Gateway.Admin;

/// <summary>Builds the admin API's responses, choosing the HTTP status that fits each refusal.</summary>
internal static class AdminResults
{
    public static IResult Ok<T>(T value, int status = StatusCodes.Status200OK) => Results.Json(value, AdminJson.Options, statusCode: status);

    public static IResult Error(int status, string code, string message) => Results.Json(new AdminError(code, message), AdminJson.Options, statusCode: status);

    public static IResult Invalid(string message) => Error(StatusCodes.Status400BadRequest, "invalid_argument", message);

    public static IResult UserNotFound(string message) => Error(StatusCodes.Status404NotFound, CodeOf(RefusalCode.UserNotFound), message);

    public static IResult Refused(Refusal refusal) => Error(StatusOf(refusal.Code), CodeOf(refusal.Code), refusal.Message);

    public static string CodeOf(RefusalCode code) => JsonNamingPolicy.SnakeCaseLower.ConvertName(code.ToString());

    private static int StatusOf(RefusalCode code) => code switch
    {
        RefusalCode.InvalidArgument or RefusalCode.NicknameInvalid => StatusCodes.Status400BadRequest,
        RefusalCode.UserNotFound => StatusCodes.Status404NotFound,
        RefusalCode.Forbidden => StatusCodes.Status403Forbidden,
        RefusalCode.StorageUnavailable => StatusCodes.Status503ServiceUnavailable,
        // Taken names, short funds, stale balances, reused operation ids: the request fits, the state does not.
        _ => StatusCodes.Status409Conflict,
    };
}
