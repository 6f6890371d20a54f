using Flow = SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Protocol.EngineRecords;

/// <summary>The engine's game outcome and the protocol's, both ways.</summary>
public static class GameResultMapping
{
    /// <summary>The protocol's result.</summary>
    public static GameResult ToProto(this Flow.GameResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var proto = new GameResult { Side = result.Side.ToProto(), Turns = result.Turns, Rounds = result.Rounds };
        proto.WinningSeats.AddRange(result.WinningSeats);
        proto.Roles.AddRange(result.Roles.Select(EngineEnums.ToProto));
        return proto;
    }

    /// <summary>The engine's result.</summary>
    public static Flow.GameResult ToEngine(this GameResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.Side.ToEngine(), [.. result.WinningSeats], [.. result.Roles.Select(EngineEnums.ToEngine)], result.Turns, result.Rounds);
    }
}
