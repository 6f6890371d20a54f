using System.Text.Json;
using System.Text.Json.Serialization;

namespace SanguoOrleans.Cli;

/// <summary>The JSON shape of every machine-readable line the tool prints: snake_case, nulls left out.</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
