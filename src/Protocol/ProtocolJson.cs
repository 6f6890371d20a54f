using System.Text.Json;
using System.Text.Json.Serialization;

namespace SanguoOrleans.Protocol;

/// <summary>
/// The JSON shape of the engine records carried in <c>*_json</c> fields: camelCase properties, enums as their names.
/// Clients read those fields with the same options.
/// </summary>
public static class ProtocolJson
{
    /// <summary>The serializer options of every JSON field of the protocol.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}
