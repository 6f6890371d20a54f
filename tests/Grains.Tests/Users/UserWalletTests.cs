using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Users;
using SanguoOrleans.Grains.Interfaces.Wallet;

namespace SanguoOrleans.Grains.Tests.Users;

[Collection(ClusterCollection.Name)]
public class UserWalletTests(ClusterFixture fixture)
{
    private static WalletOperation Op(long amount, long? expected = null) =>
        new(Guid.NewGuid().ToString("N"), Currency.Tongqian, amount, "test", expected);

    [Fact]
    public async Task Operations_ChangeTheBalance_AndARetryAppliesOnce()
    {
        var user = await TestUsers.RegisterAsync(fixture.Grains);
        var grant = Op(500);

        var first = await user.ApplyWalletOperationAsync(grant);
        var retry = await user.ApplyWalletOperationAsync(grant);
        await user.ApplyWalletOperationAsync(Op(-120, expected: 500));

        Assert.Equal(first.Value, retry.Value);
        Assert.Equal(380, (await user.GetBalanceAsync()).Tongqian);
    }

    [Fact]
    public async Task Spending_MoreThanTheBalance_OrAgainstAStaleBalance_IsRefused()
    {
        var user = await TestUsers.RegisterAsync(fixture.Grains);
        await user.ApplyWalletOperationAsync(Op(100));

        var overdraw = await user.ApplyWalletOperationAsync(Op(-101));
        var stale = await user.ApplyWalletOperationAsync(Op(-10, expected: 90));

        Assert.Equal(RefusalCode.InsufficientFunds, overdraw.Refusal?.Code);
        Assert.Equal(RefusalCode.BalanceMismatch, stale.Refusal?.Code);
        Assert.Equal(100, (await user.GetBalanceAsync()).Tongqian);
    }

    [Fact]
    public async Task MalformedOperations_AreRefusedBeforeReachingTheLedger()
    {
        var user = await TestUsers.RegisterAsync(fixture.Grains);

        var zero = await user.ApplyWalletOperationAsync(Op(0));
        var noId = await user.ApplyWalletOperationAsync(new WalletOperation("", Currency.Tongqian, 5, "test"));
        var unknownCurrency = await user.ApplyWalletOperationAsync(new WalletOperation("x", (Currency)99, 5, "test"));

        Assert.All([zero, noId, unknownCurrency], o => Assert.Equal(RefusalCode.InvalidArgument, o.Refusal?.Code));
    }

    [Fact]
    public async Task Transfer_MovesMoneyBetweenUsers_AndIsRefusedForAnUnknownRecipient()
    {
        var giver = await TestUsers.RegisterAsync(fixture.Grains);
        var receiver = await TestUsers.RegisterAsync(fixture.Grains);
        await giver.ApplyWalletOperationAsync(Op(300));

        var gift = await giver.TransferAsync(receiver.GetPrimaryKey(), Op(120));
        var toNobody = await giver.TransferAsync(Guid.NewGuid(), Op(10));
        var toSelf = await giver.TransferAsync(giver.GetPrimaryKey(), Op(10));

        Assert.Equal(180, gift.Value?.BalanceAfter);
        Assert.Equal(180, (await giver.GetBalanceAsync()).Tongqian);
        Assert.Equal(120, (await receiver.GetBalanceAsync()).Tongqian);
        Assert.Equal(RefusalCode.UserNotFound, toNobody.Refusal?.Code);
        Assert.Equal(RefusalCode.InvalidArgument, toSelf.Refusal?.Code);
    }

    [Fact]
    public async Task ConcurrentSpends_NeverOverdraw()
    {
        var user = await TestUsers.RegisterAsync(fixture.Grains);
        await user.ApplyWalletOperationAsync(Op(200));

        var spends = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => user.ApplyWalletOperationAsync(Op(-10))));

        Assert.Equal(20, spends.Count(s => s.Ok));
        Assert.Equal(0, (await user.GetBalanceAsync()).Tongqian);
    }
}
