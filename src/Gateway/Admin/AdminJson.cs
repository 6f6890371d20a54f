using System.Text.Json;
using System.Text.Json.Serialization;

namespace SanguoOrleans.Gateway.Admin;

/// <summary>
/// The JSON shape of the admin API: snake_case like the <c>sanguo</c> tool's output, enums as names, and unknown
/// fields refused, so that a mistyped field in a money operation is an error rather than silently ignored.
/// </summary>
internal static class AdminJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };
}
