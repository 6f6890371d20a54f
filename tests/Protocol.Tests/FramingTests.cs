using System.Buffers;
using Google.Protobuf;
using SanguoOrleans.Protocol;

namespace SanguoOrleans.Protocol.Tests;

public class FramingTests
{
    private static ClientMessage Ping(ulong id) => new() { RequestId = id, Ping = new PingRequest { ClientTimeUnixMs = 1234567 } };

    [Fact]
    public void WriteFrame_ProducesTheBytesOfWriteDelimitedTo()
    {
        var message = Ping(42);
        var ours = new ArrayBufferWriter<byte>();
        Framing.WriteFrame(ours, message);

        using var stream = new MemoryStream();
        message.WriteDelimitedTo(stream);

        Assert.Equal(stream.ToArray(), ours.WrittenSpan.ToArray());
    }

    [Fact]
    public void TryReadFrame_ReadsBackToBackFramesAndLeavesTheRest()
    {
        var buffer = new ArrayBufferWriter<byte>();
        Framing.WriteFrame(buffer, Ping(1));
        Framing.WriteFrame(buffer, Ping(2));
        var bytes = buffer.WrittenMemory.ToArray();
        var sequence = new ReadOnlySequence<byte>(bytes[..^1]);

        Assert.Equal(FrameReadResult.Frame, Framing.TryReadFrame(ref sequence, 1024, out var first));
        Assert.Equal(1ul, ClientMessage.Parser.ParseFrom(first).RequestId);
        Assert.Equal(FrameReadResult.Incomplete, Framing.TryReadFrame(ref sequence, 1024, out _));
        Assert.Equal(bytes.Length - 1 - first.Length - 1, sequence.Length);
    }

    [Fact]
    public void TryReadFrame_ReadsAFrameSplitAcrossSegments()
    {
        var message = new ClientMessage { RequestId = 7, Ping = new PingRequest { ClientTimeUnixMs = long.MaxValue } };
        var buffer = new ArrayBufferWriter<byte>();
        Framing.WriteFrame(buffer, message);
        var sequence = Segments.Split(buffer.WrittenMemory.ToArray(), 1);

        Assert.Equal(FrameReadResult.Frame, Framing.TryReadFrame(ref sequence, 1024, out var frame));
        Assert.Equal(message, ClientMessage.Parser.ParseFrom(frame));
        Assert.True(sequence.IsEmpty);
    }

    [Fact]
    public void TryReadFrame_RefusesALengthAboveTheLimitBeforeTheBodyArrives()
    {
        // Varint 70000 announces a frame larger than 64 KiB; no body follows.
        var sequence = new ReadOnlySequence<byte>([0xF0, 0xA2, 0x04]);

        Assert.Equal(FrameReadResult.TooLarge, Framing.TryReadFrame(ref sequence, Framing.DefaultMaxFrameSize, out _));
    }

    [Fact]
    public void TryReadFrame_RefusesAVarintLongerThanFiveBytes()
    {
        var sequence = new ReadOnlySequence<byte>([0x80, 0x80, 0x80, 0x80, 0x80, 0x01]);

        Assert.Equal(FrameReadResult.Malformed, Framing.TryReadFrame(ref sequence, int.MaxValue, out _));
    }

    [Fact]
    public void TryReadFrame_AsksForMoreWhenTheLengthPrefixIsCut()
    {
        var sequence = new ReadOnlySequence<byte>([0x80]);

        Assert.Equal(FrameReadResult.Incomplete, Framing.TryReadFrame(ref sequence, 1024, out _));
        Assert.Equal(1, sequence.Length);
    }

    [Fact]
    public async Task MessageChannel_RoundTripsMessagesAndReportsACleanEnd()
    {
        using var stream = new MemoryStream();
        var writer = new MessageChannel(stream);
        await writer.WriteAsync(Ping(1));
        await writer.WriteAsync(Ping(2));
        stream.Position = 0;

        var reader = new MessageChannel(stream);
        Assert.Equal(1ul, (await reader.ReadAsync(ClientMessage.Parser))!.RequestId);
        Assert.Equal(2ul, (await reader.ReadAsync(ClientMessage.Parser))!.RequestId);
        Assert.Null(await reader.ReadAsync(ClientMessage.Parser));
    }

    [Fact]
    public async Task MessageChannel_RefusesAnOversizedFrame()
    {
        var buffer = new ArrayBufferWriter<byte>();
        Framing.WriteFrame(buffer, new ServerMessage { Error = new Error { Message = new string('x', 200) } });
        using var stream = new MemoryStream(buffer.WrittenMemory.ToArray());

        await Assert.ThrowsAsync<InvalidDataException>(() => new MessageChannel(stream, maxFrameSize: 100).ReadAsync(ServerMessage.Parser).AsTask());
    }
}
