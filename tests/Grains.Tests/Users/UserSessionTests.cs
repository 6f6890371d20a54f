using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Accounts;
using SanguoOrleans.Grains.Interfaces.Presence;
using SanguoOrleans.Grains.Interfaces.Users;

namespace SanguoOrleans.Grains.Tests.Users;

[Collection(ClusterCollection.Name)]
public class UserSessionTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private ISessionObserver Reference(RecordingSessionObserver observer) =>
        fixture.Cluster.Client.CreateObjectReference<ISessionObserver>(observer);

    [Fact]
    public async Task NewLogin_EndsTheOldSession_AndTellsItsConnectionWhy()
    {
        var user = await TestUsers.RegisterAsync(fixture.Grains);
        var first = new RecordingSessionObserver();
        var second = new RecordingSessionObserver();

        var secondConnection = Reference(second);
        var firstGrant = (await user.OpenSessionAsync(Reference(first))).Value!;
        var secondGrant = (await user.OpenSessionAsync(secondConnection)).Value!;

        Assert.Equal(SessionEndReason.ReplacedByNewLogin, await first.Ended.WaitAsync(Wait));
        Assert.NotEqual(firstGrant.Token, secondGrant.Token);
        Assert.Equal(RefusalCode.SessionInvalid, (await user.ResumeSessionAsync(firstGrant.Token, Reference(first))).Refusal?.Code);
        Assert.True((await user.ResumeSessionAsync(secondGrant.Token, secondConnection)).Ok);
        Assert.Empty(second.Endings);
    }

    [Fact]
    public async Task Disconnect_KeepsTheTokenForAResume_ButLogoutRevokesIt()
    {
        var user = await TestUsers.RegisterAsync(fixture.Grains);
        var grant = (await user.OpenSessionAsync(Reference(new RecordingSessionObserver()))).Value!;

        await user.CloseSessionAsync(grant.Token, SessionEndReason.Disconnected);
        var offlineAfterDrop = !await user.IsOnlineAsync();
        var resumed = await user.ResumeSessionAsync(grant.Token, Reference(new RecordingSessionObserver()));
        await user.CloseSessionAsync(grant.Token, SessionEndReason.Logout);
        var afterLogout = await user.ResumeSessionAsync(grant.Token, Reference(new RecordingSessionObserver()));

        Assert.True(offlineAfterDrop);
        Assert.True(resumed.Ok);
        Assert.Equal(RefusalCode.SessionInvalid, afterLogout.Refusal?.Code);
    }

    [Fact]
    public async Task ClosingWithAStaleToken_DoesNotEndTheLiveSession()
    {
        var user = await TestUsers.RegisterAsync(fixture.Grains);
        var old = (await user.OpenSessionAsync(Reference(new RecordingSessionObserver()))).Value!;
        await user.OpenSessionAsync(Reference(new RecordingSessionObserver()));

        await user.CloseSessionAsync(old.Token, SessionEndReason.Logout);

        Assert.True(await user.IsOnlineAsync());
    }

    [Fact]
    public async Task Banning_EndsTheLiveSessionWithTheReason()
    {
        var name = "ban_" + Guid.NewGuid().ToString("N")[..10];
        var account = fixture.Grains.GetGrain<IAccountGrain>(AccountNames.Key(name));
        var userId = (await account.RegisterAsync("password-123")).Value;
        var user = fixture.Grains.GetGrain<IUserGrain>(userId);
        var connection = new RecordingSessionObserver();
        var grant = (await user.OpenSessionAsync(Reference(connection))).Value!;

        await account.SetBannedAsync(true, "botting");

        Assert.Equal(SessionEndReason.Banned, await connection.Ended.WaitAsync(Wait));
        Assert.False(await user.IsOnlineAsync());
        Assert.Equal(RefusalCode.SessionInvalid, (await user.ResumeSessionAsync(grant.Token, Reference(connection))).Refusal?.Code);
    }

    [Fact]
    public async Task Presence_FollowsLoginAndLogout_InBatches()
    {
        var user = await TestUsers.RegisterAsync(fixture.Grains);
        var userId = user.GetPrimaryKey();
        var presence = fixture.Grains.GetGrain<IPresenceGrain>(PresenceShards.Of(userId));

        var grant = (await user.OpenSessionAsync(Reference(new RecordingSessionObserver()))).Value!;
        var cameOnline = await Eventually(() => presence.IsOnlineAsync(userId), expected: true);
        await user.CloseSessionAsync(grant.Token, SessionEndReason.Logout);
        var wentOffline = await Eventually(() => presence.IsOnlineAsync(userId), expected: false);

        Assert.True(cameOnline);
        Assert.True(wentOffline);
    }

    private static async Task<bool> Eventually(Func<Task<bool>> probe, bool expected)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() == expected)
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
