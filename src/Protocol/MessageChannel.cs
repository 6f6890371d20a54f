using Google.Protobuf;

namespace SanguoOrleans.Protocol;

/// <summary>Client-side framing over a <see cref="Stream"/> (TCP or TLS), one message at a time.</summary>
public sealed class MessageChannel(Stream stream, int maxFrameSize = Framing.DefaultMaxFrameSize)
{
    private readonly byte[] _lengthByte = new byte[1];

    /// <summary>Sends one message with its length prefix.</summary>
    public async ValueTask WriteAsync(IMessage message, CancellationToken cancellationToken = default)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        Framing.WriteFrame(buffer, message);
        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads one message, or returns null when the peer closed the stream between frames.</summary>
    public async ValueTask<T?> ReadAsync<T>(MessageParser<T> parser, CancellationToken cancellationToken = default)
        where T : IMessage<T>
    {
        ArgumentNullException.ThrowIfNull(parser);
        var length = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (shift >= 35)
            {
                throw new InvalidDataException("Malformed frame length.");
            }

            var read = await stream.ReadAsync(_lengthByte, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return shift == 0 ? default : throw new EndOfStreamException("Connection closed inside a frame header.");
            }

            length |= (_lengthByte[0] & 0x7F) << shift;
            if ((_lengthByte[0] & 0x80) == 0)
            {
                break;
            }
        }

        if (length < 0 || length > maxFrameSize)
        {
            throw new InvalidDataException($"Frame of {length} bytes exceeds the limit of {maxFrameSize}.");
        }

        var body = new byte[length];
        await stream.ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false);
        return parser.ParseFrom(body);
    }
}
