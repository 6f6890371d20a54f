using SanguoOrleans.Protocol;

namespace SanguoOrleans.Gateway.Bench;

/// <summary>A caller on a <see cref="SharedGatewayConnection"/>; each call is a get_profile of that connection's user.</summary>
internal sealed class SharedGatewayCaller(SharedGatewayConnection connection, bool ownsConnection) : ICaller
{
    private static readonly ClientMessage Profile = new() { GetProfile = new GetProfileRequest() };

    public async Task CallAsync()
    {
        var reply = await connection.AskAsync(Profile).ConfigureAwait(false);
        if (reply.BodyCase != ServerMessage.BodyOneofCase.Profile)
        {
            throw new InvalidOperationException($"get_profile failed: {reply}");
        }
    }

    public ValueTask DisposeAsync() => ownsConnection ? connection.DisposeAsync() : ValueTask.CompletedTask;
}
