using Orleans.Runtime;
using Orleans.TestingHost;
using SanguoOrleans.Grains.Interfaces.Users;
using SanguoOrleans.Grains.Interfaces.Wallet;

namespace SanguoOrleans.Grains.Tests.Users;

public class UserPersistenceOnMySqlTests(UsersOnMySqlFixture fixture) : IClassFixture<UsersOnMySqlFixture>
{
    private static readonly TimeSpan FlushWindow = UsersOnMySqlFixture.FlushInterval * 2 + TimeSpan.FromSeconds(1);

    private IGrainFactory Grains => fixture.Cluster.GrainFactory;

    [Fact]
    public async Task UrgentChange_IsInTheDatabase_WhenTheCallReturns_AsReadableJson()
    {
        var user = await TestUsers.RegisterAsync(Grains);
        var nickname = "张飞" + Guid.NewGuid().ToString("N")[..6];

        await user.SetNicknameAsync(nickname);
        var row = await fixture.FindRowAsync("user-account", nickname);

        Assert.NotNull(row);
        Assert.Contains($"\"Nickname\":\"{nickname}\"", row.Value.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LazyChanges_AreWrittenOncePerFlushInterval_HoweverMany()
    {
        var user = await TestUsers.RegisterAsync(Grains);
        var marker = "sig-" + Guid.NewGuid().ToString("N")[..8];

        await user.UpdateProfileAsync(new ProfileUpdate(Signature: marker));
        for (var i = 0; i < 50; i++)
        {
            await user.AddExperienceAsync(1);
        }

        var beforeFlush = await fixture.FindRowAsync("user-profile", marker);
        await Task.Delay(FlushWindow);
        var afterFirstFlush = await fixture.FindRowAsync("user-profile", marker);
        for (var i = 0; i < 30; i++)
        {
            await user.AddExperienceAsync(1);
        }

        await Task.Delay(FlushWindow);
        var afterSecondFlush = await fixture.FindRowAsync("user-profile", marker);

        Assert.Null(beforeFlush);
        Assert.Equal(1, afterFirstFlush?.Version);
        Assert.Contains("\"Experience\":50", afterFirstFlush?.Json, StringComparison.Ordinal);
        Assert.Equal(2, afterSecondFlush?.Version);
        Assert.Contains("\"Experience\":80", afterSecondFlush?.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EverythingSurvives_AGracefulRestartOfTheHostingSilo_UnflushedChangesIncluded()
    {
        var (user, host) = await RegisterOnASecondarySiloAsync();
        var nickname = TestUsers.NewNickname();
        await user.SetNicknameAsync(nickname);
        await user.UpdateProfileAsync(new ProfileUpdate(Avatar: 9, Signature: "not yet flushed"));
        await user.ApplyWalletOperationAsync(new WalletOperation(Guid.NewGuid().ToString("N"), Currency.Yuanbao, 66, "test"));

        await fixture.Cluster.StopSiloAsync(host);
        var profile = (await user.GetProfileAsync()).Value!;

        Assert.Equal(nickname, profile.Nickname);
        Assert.Equal(9, profile.Avatar);
        Assert.Equal("not yet flushed", profile.Signature);
        Assert.Equal(66, (await user.GetBalanceAsync()).Yuanbao);
        await fixture.Cluster.StartAdditionalSiloAsync();
    }

    [Fact]
    public async Task UrgentChanges_SurviveAKilledSilo()
    {
        var (user, host) = await RegisterOnASecondarySiloAsync();
        var nickname = TestUsers.NewNickname();
        await user.SetNicknameAsync(nickname);

        await fixture.Cluster.KillSiloAsync(host);
        var profile = (await RetryWhileTheDeadSiloIsEvictedAsync(user.GetProfileAsync)).Value!;

        Assert.Equal(nickname, profile.Nickname);
        await fixture.Cluster.StartAdditionalSiloAsync();
    }

    private static async Task<T> RetryWhileTheDeadSiloIsEvictedAsync<T>(Func<Task<T>> call)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            try
            {
                return await call();
            }
            catch (Exception e) when (e is OrleansException or TimeoutException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    // The primary test silo holds the test cluster's membership and must stay up; users are placed at random.
    private async Task<(IUserGrain User, SiloHandle Host)> RegisterOnASecondarySiloAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            var user = await TestUsers.RegisterAsync(Grains);
            var address = await Grains.GetGrain<IManagementGrain>(0).GetActivationAddress(user);
            var host = fixture.Cluster.GetActiveSilos().Single(s => s.SiloAddress.Equals(address));
            if (host != fixture.Cluster.Primary || attempt > 50)
            {
                return (user, host);
            }
        }
    }
}
