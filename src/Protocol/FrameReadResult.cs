namespace SanguoOrleans.Protocol;

/// <summary>The outcome of looking for one length-delimited frame at the start of a buffer.</summary>
public enum FrameReadResult
{
    /// <summary>A whole frame was found.</summary>
    Frame,

    /// <summary>The buffer holds only part of a frame; read more.</summary>
    Incomplete,

    /// <summary>The length prefix announces a frame above the allowed size.</summary>
    TooLarge,

    /// <summary>The length prefix is not a valid varint.</summary>
    Malformed,
}
