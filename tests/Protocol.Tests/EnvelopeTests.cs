using System.Buffers;
using SanguoOrleans.Protocol;

namespace SanguoOrleans.Protocol.Tests;

public class EnvelopeTests
{
    [Fact]
    public void Push_RoundTripsThroughDelimitedFraming_WithItsSequenceNumber()
    {
        var push = new ServerMessage { Seq = 300, SessionEnded = new SessionEnded { Reason = SessionEndReason.ReplacedByNewLogin } };
        var bytes = new ArrayBufferWriter<byte>();
        Framing.WriteFrame(bytes, push);
        var buffer = new ReadOnlySequence<byte>(bytes.WrittenMemory);

        var status = Framing.TryReadFrame(ref buffer, Framing.DefaultMaxFrameSize, out var frame);

        Assert.Equal(FrameReadResult.Frame, status);
        Assert.Equal(push, ServerMessage.Parser.ParseFrom(frame));
        Assert.True(buffer.IsEmpty);
    }
}
