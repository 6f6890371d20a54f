using SanguoOrleans.Protocol;

namespace SanguoOrleans.Gateway.Bench;

/// <summary>
/// A client TCP connection to the gateway, resumed into a bench user's session; each call is a get_profile (a grain
/// call), or a heartbeat (answered by the gateway alone, which shows what the grain call adds).
/// </summary>
internal sealed class GatewayCaller : ICaller
{
    // One per caller: the request id is set on it before each send.
    private readonly ClientMessage _request;
    private readonly ServerMessage.BodyOneofCase _expected;
    private readonly FramedSocket _socket;
    private ulong _nextId;

    private GatewayCaller(FramedSocket socket, bool heartbeat)
    {
        _socket = socket;
        _request = heartbeat ? new ClientMessage { Heartbeat = new HeartbeatRequest() } : new ClientMessage { GetProfile = new GetProfileRequest() };
        _expected = heartbeat ? ServerMessage.BodyOneofCase.Heartbeat : ServerMessage.BodyOneofCase.Profile;
    }

    /// <summary>Connects and resumes <paramref name="user"/>'s session, so later calls reach that user's grain.</summary>
    public static async Task<GatewayCaller> ConnectAsync(int port, BenchUser user, bool heartbeat = false)
    {
        var caller = new GatewayCaller(await FramedSocket.ConnectAsync(port).ConfigureAwait(false), heartbeat);
        var reply = await caller.AskAsync(new ClientMessage { Resume = new ResumeRequest { UserId = user.UserId.ToString(), Token = user.Token } }).ConfigureAwait(false);
        if (reply.BodyCase != ServerMessage.BodyOneofCase.Session)
        {
            throw new InvalidOperationException($"resume refused: {reply}");
        }

        return caller;
    }

    public async Task CallAsync()
    {
        var reply = await AskAsync(_request).ConfigureAwait(false);
        if (reply.BodyCase != _expected)
        {
            throw new InvalidOperationException($"{_request.BodyCase} failed: {reply}");
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }

    // Only this caller's own replies arrive on its connection (an idle bench user gets no pushes).
    private Task<ServerMessage> AskAsync(ClientMessage request)
    {
        request.RequestId = ++_nextId;
        return _socket.AskAsync(request);
    }
}
