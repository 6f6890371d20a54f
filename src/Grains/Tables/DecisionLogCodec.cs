using System.Buffers;
using System.Text;
using SanguoOrleans.Game.Decisions;

namespace SanguoOrleans.Grains.Tables;

/// <summary>
/// The decision log as the table stores it: decisions packed as variable-length integers, so a whole game is a few
/// kilobytes written as one value, instead of thousands of records each passing through a serializer.
/// </summary>
internal static class DecisionLogCodec
{
    // Bumped if the layout ever changes; a log starts with it so an old row is never misread.
    private const byte FormatVersion = 1;

    private const byte PassFlag = 1;
    private const byte OptionFlag = 2;
    private const byte HeroFlag = 4;

    /// <summary>Appends <paramref name="decision"/> to an encoded log (starting the log with its format byte).</summary>
    public static void Append(ArrayBufferWriter<byte> log, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(decision);
        if (log.WrittenCount == 0)
        {
            WriteByte(log, FormatVersion);
        }

        var flags = (byte)((decision.Pass ? PassFlag : 0) | (decision.Option is null ? 0 : OptionFlag) | (decision.Hero is null ? 0 : HeroFlag));
        WriteInt(log, decision.RequestId);
        WriteInt(log, decision.Seat);
        WriteByte(log, flags);
        WriteInts(log, decision.Cards);
        WriteInts(log, decision.Targets);
        if (decision.Option is { } option)
        {
            WriteString(log, option);
        }

        if (decision.Hero is { } hero)
        {
            WriteString(log, hero);
        }
    }

    /// <summary>The decisions of an encoded log, in order.</summary>
    public static List<Decision> Decode(ReadOnlySpan<byte> log)
    {
        var decisions = new List<Decision>();
        if (log.IsEmpty)
        {
            return decisions;
        }

        if (log[0] != FormatVersion)
        {
            throw new InvalidDataException($"Unknown decision log format {log[0]}.");
        }

        var at = 1;
        while (at < log.Length)
        {
            var requestId = ReadInt(log, ref at);
            var seat = ReadInt(log, ref at);
            var flags = log[at++];
            var cards = ReadInts(log, ref at);
            var targets = ReadInts(log, ref at);
            var option = (flags & OptionFlag) != 0 ? ReadString(log, ref at) : null;
            var hero = (flags & HeroFlag) != 0 ? ReadString(log, ref at) : null;
            decisions.Add(new Decision(requestId, seat, (flags & PassFlag) != 0, cards, targets, option, hero));
        }

        return decisions;
    }

    private static void WriteByte(ArrayBufferWriter<byte> log, byte value)
    {
        log.GetSpan(1)[0] = value;
        log.Advance(1);
    }

    // Zig-zag, so that a stray negative number (−1 means "none" in the engine) stays short and round-trips.
    private static void WriteInt(ArrayBufferWriter<byte> log, int value)
    {
        var v = (uint)((value << 1) ^ (value >> 31));
        var span = log.GetSpan(5);
        var n = 0;
        while (v >= 0x80)
        {
            span[n++] = (byte)(v | 0x80);
            v >>= 7;
        }

        span[n++] = (byte)v;
        log.Advance(n);
    }

    private static void WriteInts(ArrayBufferWriter<byte> log, IReadOnlyList<int> values)
    {
        WriteInt(log, values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            WriteInt(log, values[i]);
        }
    }

    private static void WriteString(ArrayBufferWriter<byte> log, string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        WriteInt(log, length);
        Encoding.UTF8.GetBytes(value, log.GetSpan(length));
        log.Advance(length);
    }

    private static int ReadInt(ReadOnlySpan<byte> log, ref int at)
    {
        uint v = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = log[at++];
            v |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (int)(v >> 1) ^ -(int)(v & 1);
            }
        }

        throw new InvalidDataException("Malformed decision log.");
    }

    private static int[] ReadInts(ReadOnlySpan<byte> log, ref int at)
    {
        var count = ReadInt(log, ref at);
        if (count == 0)
        {
            return [];
        }

        var values = new int[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = ReadInt(log, ref at);
        }

        return values;
    }

    private static string ReadString(ReadOnlySpan<byte> log, ref int at)
    {
        var length = ReadInt(log, ref at);
        var value = Encoding.UTF8.GetString(log.Slice(at, length));
        at += length;
        return value;
    }
}
