using SanguoOrleans.Grains.Interfaces.Users;

namespace SanguoOrleans.Gateway.Bench;

/// <summary>The same grain call the gateway makes for get_profile, from a raw Orleans client over the silo's gateway port.</summary>
internal sealed class OrleansCaller(IClusterClient client, BenchUser user) : ICaller
{
    private readonly IUserGrain _grain = client.GetGrain<IUserGrain>(user.UserId);

    public async Task CallAsync()
    {
        var outcome = await _grain.GetProfileAsync().ConfigureAwait(false);
        if (!outcome.Ok)
        {
            throw new InvalidOperationException($"GetProfileAsync refused: {outcome.Refusal}");
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
