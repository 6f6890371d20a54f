namespace SanguoOrleans.Cli.Commands.Bots;

/// <summary>The table modes of the client protocol and of the rules engine, one to one.</summary>
internal static class ProtocolModes
{
    public static Protocol.GameMode ToProto(Game.Modes.GameMode mode) => mode switch
    {
        Game.Modes.GameMode.Identity8 => Protocol.GameMode.Identity8,
        Game.Modes.GameMode.Identity8DoubleRenegade => Protocol.GameMode.Identity8DoubleRenegade,
        Game.Modes.GameMode.Doubles => Protocol.GameMode.Doubles,
        Game.Modes.GameMode.OneVsOne => Protocol.GameMode.OneVsOne,
        _ => Protocol.GameMode.Identity5,
    };

    public static Game.Modes.GameMode ToEngine(Protocol.GameMode mode) => mode switch
    {
        Protocol.GameMode.Identity8 => Game.Modes.GameMode.Identity8,
        Protocol.GameMode.Identity8DoubleRenegade => Game.Modes.GameMode.Identity8DoubleRenegade,
        Protocol.GameMode.Doubles => Game.Modes.GameMode.Doubles,
        Protocol.GameMode.OneVsOne => Game.Modes.GameMode.OneVsOne,
        _ => Game.Modes.GameMode.Identity5,
    };
}
