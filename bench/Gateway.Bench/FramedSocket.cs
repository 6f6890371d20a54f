using System.Buffers;
using System.Net.Sockets;
using Google.Protobuf;
using SanguoOrleans.Protocol;

namespace SanguoOrleans.Gateway.Bench;

/// <summary>
/// A client socket speaking the gateway's length-delimited frames with reused buffers: one send and, usually, one
/// receive per round trip, like the echo caller (a stream that reads the length prefix byte by byte costs more
/// system calls on the client's side of the same two cores).
/// </summary>
internal sealed class FramedSocket : IDisposable
{
    private readonly Socket _socket;
    private readonly ArrayBufferWriter<byte> _outgoing = new(256);
    private readonly byte[] _incoming = new byte[Framing.DefaultMaxFrameSize + 8];
    private int _start;
    private int _end;

    private FramedSocket(Socket socket) => _socket = socket;

    public static async Task<FramedSocket> ConnectAsync(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync("127.0.0.1", port).ConfigureAwait(false);
        return new FramedSocket(socket);
    }

    /// <summary>Sends one request and reads the next whole frame the server sends.</summary>
    public async Task<ServerMessage> AskAsync(IMessage request)
    {
        _outgoing.ResetWrittenCount();
        Framing.WriteFrame(_outgoing, request);
        var sent = 0;
        while (sent < _outgoing.WrittenCount)
        {
            sent += await _socket.SendAsync(_outgoing.WrittenMemory[sent..], SocketFlags.None).ConfigureAwait(false);
        }

        while (true)
        {
            var buffered = new ReadOnlySequence<byte>(_incoming, _start, _end - _start);
            var status = Framing.TryReadFrame(ref buffered, Framing.DefaultMaxFrameSize, out var frame);
            if (status == FrameReadResult.Frame)
            {
                var reply = ServerMessage.Parser.ParseFrom(frame);
                _start = _end - (int)buffered.Length;
                return reply;
            }

            if (status != FrameReadResult.Incomplete)
            {
                throw new InvalidDataException($"bad frame from the gateway: {status}");
            }

            if (_start == _end)
            {
                _start = _end = 0;
            }
            else if (_start > 0)
            {
                Array.Copy(_incoming, _start, _incoming, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            var read = await _socket.ReceiveAsync(_incoming.AsMemory(_end), SocketFlags.None).ConfigureAwait(false);
            _end += read > 0 ? read : throw new IOException("The gateway closed the connection.");
        }
    }

    public void Dispose() => _socket.Dispose();
}
