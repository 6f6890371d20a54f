using System.Net.Sockets;

namespace SanguoOrleans.Gateway.Bench;

/// <summary>Sends a message the size of a get_profile request and reads back the same bytes.</summary>
internal sealed class EchoCaller : ICaller
{
    private const int MessageSize = 8;

    private readonly Socket _socket;
    private readonly byte[] _message = new byte[MessageSize];
    private readonly byte[] _reply = new byte[MessageSize];

    private EchoCaller(Socket socket) => _socket = socket;

    public static async Task<EchoCaller> ConnectAsync(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync("127.0.0.1", port).ConfigureAwait(false);
        return new EchoCaller(socket);
    }

    public async Task CallAsync()
    {
        await _socket.SendAsync(_message, SocketFlags.None).ConfigureAwait(false);
        var read = 0;
        while (read < MessageSize)
        {
            var n = await _socket.ReceiveAsync(_reply.AsMemory(read), SocketFlags.None).ConfigureAwait(false);
            read += n > 0 ? n : throw new IOException("echo server closed the connection");
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
