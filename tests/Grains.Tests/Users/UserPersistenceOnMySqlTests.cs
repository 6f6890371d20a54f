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
    public async Task Nickname_ClaimedByManyAtOnce_GoesToExactlyOne()
    {
        var users = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => TestUsers.RegisterAsync(Grains)));
        var nickname = "关羽" + Guid.NewGuid().ToString("N")[..6];

        var outcomes = await Task.WhenAll(users.Select(u => u.SetNicknameAsync(nickname)));

        Assert.Single(outcomes, o => o.Ok);
        Assert.NotNull(await fixture.FindRowAsync("user-account", nickname));
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
        var profile = (await DeadSilo.RetryUntilEvictedAsync(user.GetProfileAsync)).Value!;

        Assert.Equal(nickname, profile.Nickname);
        await fixture.Cluster.StartAdditionalSiloAsync();
    }

    [Fact]
    public async Task TransfersInFlight_WhenTheSendersSiloDies_NeitherLoseNorCreateMoney()
    {
        var (sender, host) = await RegisterOnASecondarySiloAsync();
        var recipients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => TestUsers.RegisterAsync(Grains)));
        await sender.ApplyWalletOperationAsync(new WalletOperation(Guid.NewGuid().ToString("N"), Currency.Tongqian, 10_000, "test"));

        var transfers = Enumerable.Range(0, 200)
            .Select(i => sender.TransferAsync(recipients[i % 4].GetPrimaryKey(), new WalletOperation($"gift-{i}-{Guid.NewGuid():N}", Currency.Tongqian, 7, "gift")))
            .ToList();
        await Task.Delay(20);
        await fixture.Cluster.KillSiloAsync(host);
        // Calls that were inside the dead silo only end at the response time-out; every transaction is atomic,
        // so the totals must add up at any moment and there is no need to wait for them.
        await Task.WhenAny(Task.WhenAll(transfers), Task.Delay(TimeSpan.FromSeconds(3)));

        var senderBalance = (await DeadSilo.RetryUntilEvictedAsync(sender.GetBalanceAsync)).Tongqian;
        var received = 0L;
        foreach (var recipient in recipients)
        {
            received += (await DeadSilo.RetryUntilEvictedAsync(recipient.GetBalanceAsync)).Tongqian;
        }

        var report = await Grains.GetGrain<IWalletAuditGrain>(0).ReconcileAsync();
        Assert.Equal(10_000, senderBalance + received);
        Assert.Equal(0, received % 7);
        Assert.DoesNotContain(report.Discrepancies, d => d.UserId == sender.GetPrimaryKey() || recipients.Any(r => r.GetPrimaryKey() == d.UserId));
        await fixture.Cluster.StartAdditionalSiloAsync();
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
