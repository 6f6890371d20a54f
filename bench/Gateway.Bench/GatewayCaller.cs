using SanguoOrleans.Protocol;

namespace SanguoOrleans.Gateway.Bench;

/// <summary>A client TCP connection to the gateway, resumed into a bench user's session; each call is a get_profile.</summary>
internal sealed class GatewayCaller : ICaller
{
    // One per caller: the request id is set on it before each send.
    private readonly ClientMessage _profile = new() { GetProfile = new GetProfileRequest() };
    private readonly FramedSocket _socket;
    private ulong _nextId;

    private GatewayCaller(FramedSocket socket) => _socket = socket;

    /// <summary>Connects and resumes <paramref name="user"/>'s session, so later calls reach that user's grain.</summary>
    public static async Task<GatewayCaller> ConnectAsync(int port, BenchUser user)
    {
        var caller = new GatewayCaller(await FramedSocket.ConnectAsync(port).ConfigureAwait(false));
        var reply = await caller.AskAsync(new ClientMessage { Resume = new ResumeRequest { UserId = user.UserId.ToString(), Token = user.Token } }).ConfigureAwait(false);
        if (reply.BodyCase != ServerMessage.BodyOneofCase.Session)
        {
            throw new InvalidOperationException($"resume refused: {reply}");
        }

        return caller;
    }

    public async Task CallAsync()
    {
        var reply = await AskAsync(_profile).ConfigureAwait(false);
        if (reply.BodyCase != ServerMessage.BodyOneofCase.Profile)
        {
            throw new InvalidOperationException($"get_profile failed: {reply}");
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
