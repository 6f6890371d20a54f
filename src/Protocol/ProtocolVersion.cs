namespace SanguoOrleans.Protocol;

/// <summary>The version of the client protocol this build speaks, sent in hello.</summary>
public static class ProtocolVersion
{
    /// <summary>The current protocol version; a breaking change to any message increments it.</summary>
    public const uint Current = 2;
}
