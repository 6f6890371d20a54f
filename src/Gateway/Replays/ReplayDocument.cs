using System.Text.Json;
using System.Text.Json.Serialization;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Gateway.Replays;

/// <summary>
/// A finished game as <c>GET /replays/{tableId}</c> returns it: what <see cref="GameEngine.Replay"/> needs to rebuild
/// every moment of the game (settings, seed, decisions), with the table's name and the result to check against.
/// Users' ids are left out: the endpoint needs no key.
/// </summary>
internal sealed record ReplayDocument(string TableId, string Name, GameSettings Game, ulong Seed, IReadOnlyList<Decision> Decisions, GameResult Result)
{
    /// <summary>snake_case, enums as names: the shape of the tool's own JSON lines.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    public static ReplayDocument From(TableReplay replay)
    {
        ArgumentNullException.ThrowIfNull(replay);
        return new(replay.TableId, replay.Settings.Name, replay.Settings.Game, replay.Seed, replay.Decisions, replay.Result);
    }
}
