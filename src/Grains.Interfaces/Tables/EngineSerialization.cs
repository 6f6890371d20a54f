using Orleans.Serialization;

namespace SanguoOrleans.Grains.Interfaces.Tables;

/// <summary>
/// Lets the rules engine's plain records (decisions, requests, events, views, results) cross grain calls as JSON,
/// so the engine stays free of Orleans attributes. Silos and clients must both call <see cref="AddEngineRecords"/>.
/// </summary>
public static class EngineSerialization
{
    private const string EngineNamespace = "SanguoOrleans.Game";

    /// <summary>Serializes every type of the engine's namespaces with System.Text.Json.</summary>
    public static ISerializerBuilder AddEngineRecords(this ISerializerBuilder serializer) =>
        serializer.AddJsonSerializer(isSupported: IsEngineType);

    /// <summary>Whether <paramref name="type"/> belongs to the rules engine.</summary>
    public static bool IsEngineType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        // The engine's exceptions (rule errors, the game-ended signal) travel as exceptions, not as JSON.
        return !typeof(Exception).IsAssignableFrom(type)
            && type.Namespace is { } ns
            && ns.StartsWith(EngineNamespace, StringComparison.Ordinal)
            && (ns.Length == EngineNamespace.Length || ns[EngineNamespace.Length] == '.');
    }
}
