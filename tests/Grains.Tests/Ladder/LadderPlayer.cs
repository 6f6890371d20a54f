using System.Collections.Concurrent;
using SanguoOrleans.Grains.Interfaces.Ladder;
using SanguoOrleans.Grains.Interfaces.Users;
using SanguoOrleans.Grains.Tests.Users;

namespace SanguoOrleans.Grains.Tests.Ladder;

/// <summary>An online test user whose connection records the ladder notices it is pushed.</summary>
internal sealed class LadderPlayer : ISessionObserver, ILadderObserver
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly ConcurrentQueue<LadderNotice> _notices = new();
    private string? _token;

    private LadderPlayer(IUserGrain user) => User = user;

    public IUserGrain User { get; }

    public Guid Id => User.GetPrimaryKey();

    public IReadOnlyCollection<LadderNotice> Notices => [.. _notices];

    // Kept so the client's reference to this observer stays alive.
    private ISessionObserver? Reference { get; set; }

    public static async Task<LadderPlayer> OnlineAsync(IGrainFactory grains)
    {
        var player = new LadderPlayer(await TestUsers.RegisterAsync(grains));
        player.Reference = grains.CreateObjectReference<ISessionObserver>(player);
        var session = await player.User.OpenSessionAsync(player.Reference);
        Assert.True(session.Ok, session.Refusal?.Message);
        player._token = session.Value!.Token;
        return player;
    }

    public Task GoOfflineAsync() => User.CloseSessionAsync(_token!, SessionEndReason.Disconnected);

    public Task SessionEnded(SessionEndReason reason) => Task.CompletedTask;

    public Task LadderNotified(LadderNotice notice)
    {
        _notices.Enqueue(notice);
        return Task.CompletedTask;
    }

    public async Task<LadderNotice> WaitForAsync(LadderNoticeKind kind)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (_notices.FirstOrDefault(n => n.Kind == kind) is { } notice)
            {
                return notice;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No {kind} notice within {Patience}; got: {string.Join(", ", _notices.Select(n => n.Kind))}");
    }
}
