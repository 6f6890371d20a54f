using System.Buffers;
using Google.Protobuf;

namespace SanguoOrleans.Protocol;

/// <summary>
/// Protobuf's standard length-delimited framing (a base-128 varint length, then the message),
/// the same bytes as <c>WriteDelimitedTo</c> / <c>ParseDelimitedFrom</c>.
/// </summary>
public static class Framing
{
    /// <summary>Frames above this size are a protocol violation unless configured otherwise.</summary>
    public const int DefaultMaxFrameSize = 64 * 1024;

    // A 32-bit length never needs more than five varint bytes.
    private const int MaxPrefixLength = 5;

    /// <summary>Slices the first frame's body off <paramref name="buffer"/> when it is complete.</summary>
    public static FrameReadResult TryReadFrame(ref ReadOnlySequence<byte> buffer, int maxFrameSize, out ReadOnlySequence<byte> frame)
    {
        frame = default;
        var reader = new SequenceReader<byte>(buffer);
        ulong length = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (shift >= MaxPrefixLength * 7)
            {
                return FrameReadResult.Malformed;
            }

            if (!reader.TryRead(out var b))
            {
                return FrameReadResult.Incomplete;
            }

            length |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                break;
            }
        }

        if (length > (ulong)maxFrameSize)
        {
            return FrameReadResult.TooLarge;
        }

        if (reader.Remaining < (long)length)
        {
            return FrameReadResult.Incomplete;
        }

        frame = buffer.Slice(reader.Position, (long)length);
        buffer = buffer.Slice(frame.End);
        return FrameReadResult.Frame;
    }

    /// <summary>Writes the varint length prefix and the message.</summary>
    public static void WriteFrame(IBufferWriter<byte> writer, IMessage message)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(message);
        var size = message.CalculateSize();
        var prefix = writer.GetSpan(MaxPrefixLength);
        var written = 0;
        var value = (uint)size;
        while (value >= 0x80)
        {
            prefix[written++] = (byte)(value | 0x80);
            value >>= 7;
        }

        prefix[written++] = (byte)value;
        writer.Advance(written);
        message.WriteTo(writer);
    }
}
