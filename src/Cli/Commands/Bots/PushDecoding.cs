using System.Text.Json;
using Google.Protobuf;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Views;
using SanguoOrleans.Protocol;

namespace SanguoOrleans.Cli.Commands.Bots;

/// <summary>Reads the engine records that the protocol carries as JSON fields.</summary>
public static class PushDecoding
{
    /// <summary>The events of a game_advanced push.</summary>
    public static IReadOnlyList<GameEvent> Events(GameAdvanced push)
    {
        ArgumentNullException.ThrowIfNull(push);
        return Read<List<GameEvent>>(push.EventsJson) ?? [];
    }

    /// <summary>A pending request field, or null when empty.</summary>
    public static DecisionRequest? Request(ByteString json) => Read<DecisionRequest>(json);

    /// <summary>A view field, or null when empty.</summary>
    public static PlayerView? View(ByteString json) => Read<PlayerView>(json);

    /// <summary>The protocol's decision for an engine decision.</summary>
    public static Protocol.Decision ToProto(Game.Decisions.Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var proto = new Protocol.Decision
        {
            RequestId = decision.RequestId,
            Seat = decision.Seat,
            Pass = decision.Pass,
            Option = decision.Option ?? "",
            Hero = decision.Hero ?? "",
        };
        proto.Cards.AddRange(decision.Cards);
        proto.Targets.AddRange(decision.Targets);
        return proto;
    }

    private static T? Read<T>(ByteString json) where T : class =>
        json is null || json.IsEmpty ? null : JsonSerializer.Deserialize<T>(json.Span, ProtocolJson.Options);
}
