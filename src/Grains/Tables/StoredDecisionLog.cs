using System.Buffers;
using SanguoOrleans.Game.Decisions;

namespace SanguoOrleans.Grains.Tables;

/// <summary>
/// The table's decision log in its stored form, kept encoded as the game goes: each write encodes only the decisions
/// taken since the previous one and copies the bytes, rather than serializing the whole log again.
/// </summary>
internal sealed class StoredDecisionLog
{
    private readonly ArrayBufferWriter<byte> _bytes = new(16 * 1024);

    /// <summary>Decisions encoded so far.</summary>
    public int Count { get; private set; }

    /// <summary>Starts over from what storage holds and returns its decisions.</summary>
    public List<Decision> Load(byte[] stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var decisions = DecisionLogCodec.Decode(stored);
        _bytes.ResetWrittenCount();
        _bytes.Write(stored);
        Count = decisions.Count;
        return decisions;
    }

    /// <summary>Encodes the decisions of <paramref name="log"/> not yet encoded; <paramref name="log"/> only ever grows.</summary>
    public void CatchUp(IReadOnlyList<Decision> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        for (; Count < log.Count; Count++)
        {
            DecisionLogCodec.Append(_bytes, log[Count]);
        }
    }

    /// <summary>The encoded log, as a new array for the state to hold.</summary>
    public byte[] ToArray() => _bytes.WrittenSpan.ToArray();
}
