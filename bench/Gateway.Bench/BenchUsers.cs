using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Users;

namespace SanguoOrleans.Gateway.Bench;

/// <summary>
/// Makes users and sessions through a raw Orleans client. Registering and logging in through the gateway would
/// hash a password (PBKDF2, 100,000 rounds) twice per user, which is what a login costs, not what a connection does.
/// </summary>
internal sealed class BenchUsers(IClusterClient client) : ISessionObserver
{
    private ISessionObserver? _reference;

    public async Task<IReadOnlyList<BenchUser>> CreateAsync(int count, int concurrency)
    {
        _reference ??= client.CreateObjectReference<ISessionObserver>(this);
        var users = new BenchUser[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
        {
            var id = Guid.NewGuid();
            var user = client.GetGrain<IUserGrain>(id);
            Expect(await user.CreateAsync("bench" + id.ToString("N")[..20]));
            var grant = Expect(await user.OpenSessionAsync(_reference));
            users[i] = new BenchUser(id, grant.Token);
        });
        return users;
    }

    // Gateway connections take the sessions over; the notice to this first holder is expected and ignored.
    public Task SessionEnded(SessionEndReason reason) => Task.CompletedTask;

    private static T Expect<T>(Outcome<T> outcome) =>
        outcome.Value is { } value && outcome.Refusal is null ? value : throw new InvalidOperationException($"bench setup refused: {outcome.Refusal}");
}
