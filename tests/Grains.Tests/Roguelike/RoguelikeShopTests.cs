using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Roguelike;
using SanguoOrleans.Grains.Roguelike;
using static SanguoOrleans.Grains.Tests.Roguelike.RoguelikeShopRuns;
using static SanguoOrleans.Grains.Tests.Roguelike.RoguelikeTestRuns;
using static SanguoOrleans.Grains.Tests.Tables.TestTables;

namespace SanguoOrleans.Grains.Tests.Roguelike;

/// <summary>A shop sells one of three boons for tongqian, charged through the wallet once.</summary>
public class RoguelikeShopTests(RoguelikeFixture fixture) : IClassFixture<RoguelikeFixture>
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task ArrivingAtAShop_GrantsNothing_ClearsIt_AndShowsThreeDifferentBoonsPriced60To120_UntilMovingOn()
    {
        // Moving on to a node that neither sells nor grants a boon, so what the shop showed must be gone.
        var (act, atShop, plain) = await AtShopBeforePlainNodeAsync();
        var movedOn = Ok(await act.MoveAsync(plain));

        Assert.Empty(atShop.Boons);
        Assert.DoesNotContain(atShop.Position, atShop.Unclaimed.Keys);
        Assert.Contains(atShop.Position, atShop.Cleared);
        Assert.Equal(3, atShop.Shop.Select(o => o.Boon).Distinct().Count());
        Assert.All(atShop.Shop, o => Assert.InRange(o.Price, 60, 120));
        Assert.All(atShop.Shop, o => Assert.False(o.Bought));
        Assert.Empty(movedOn.Shop);
        Assert.Empty(movedOn.Boons);
    }

    private async Task<(IRoguelikeActGrain Act, RoguelikeView AtShop, int Plain)> AtShopBeforePlainNodeAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            Assert.True(attempt < 50, "no shop leading to a battle or rest node in 50 runs");
            var (_, act, atShop) = await AtShopAsync(Grains);
            var plain = atShop.Map[atShop.Position].Next.FirstOrDefault(n => atShop.Map[n].Kind is not (NodeKind.Shop or NodeKind.Event), -1);
            if (plain >= 0)
            {
                return (act, atShop, plain);
            }
        }
    }

    [Fact]
    public async Task ArrivingAtAnEvent_StillGrantsItsBoon_AndOffersNothingToBuy()
    {
        var (_, _, atEvent) = await AtAsync(Grains, NodeKind.Event);

        Assert.Single(atEvent.Boons);
        Assert.Empty(atEvent.Shop);
        Assert.Equal(10, atEvent.Unclaimed[atEvent.Position]);
    }

    [Fact]
    public async Task SixConcurrentPurchases_ChargeThePriceOnce_AndGrantOneBoon_WithItsEffect()
    {
        var (user, act, atShop) = await AtShopAsync(Grains);
        await FundAsync(user, 500);
        var offer = atShop.Shop[1];

        var buys = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => act.BuyAsync(atShop.Position, offer.Boon)));
        var another = await act.BuyAsync(atShop.Position, atShop.Shop[0].Boon);
        var after = Ok(await act.GetAsync());
        var balance = (await user.GetBalanceAsync()).Tongqian;

        Assert.Single(buys, b => b.Ok);
        Assert.All(buys.Where(b => !b.Ok), b => Assert.Equal(RefusalCode.OperationConflict, b.Refusal?.Code));
        Assert.Equal(RefusalCode.OperationConflict, another.Refusal?.Code);
        Assert.Equal(500 - offer.Price, balance);
        Assert.Equal([offer.Boon], after.Boons);
        Assert.Equal(atShop.MaxHp + Boons.MaxHpGain(offer.Boon), after.MaxHp);
        Assert.Equal(atShop.Hp + Boons.MaxHpGain(offer.Boon), after.Hp);
        Assert.Equal([false, true, false], after.Shop.Select(o => o.Bought));
    }

    [Fact]
    public async Task NotEnoughTongqian_IsRefusedByTheWallet_GrantsNothing_AndTheSamePurchaseWorksOnceFunded()
    {
        var (user, act, atShop) = await AtShopAsync(Grains);
        var offer = atShop.Shop[0];
        await FundAsync(user, offer.Price - 10);

        var refused = await act.BuyAsync(atShop.Position, offer.Boon);
        var unchanged = Ok(await act.GetAsync());
        var balanceAfterRefusal = (await user.GetBalanceAsync()).Tongqian;
        await FundAsync(user, 10);
        var bought = Ok(await act.BuyAsync(atShop.Position, offer.Boon));

        Assert.Equal(RefusalCode.InsufficientFunds, refused.Refusal?.Code);
        Assert.Empty(unchanged.Boons);
        Assert.All(unchanged.Shop, o => Assert.False(o.Bought));
        Assert.Equal(offer.Price - 10, balanceAfterRefusal);
        Assert.Equal([offer.Boon], bought.Boons);
        Assert.Equal(0, (await user.GetBalanceAsync()).Tongqian);
    }

    [Fact]
    public async Task PurchasesAwayFromTheCurrentShop_OrOfABoonNotOnOffer_AreRefused_AndChargeNothing()
    {
        var (user, act, started) = await StartedAsync(Grains);
        await FundAsync(user, 500);
        var atStart = await act.BuyAsync(0, Boons.QingNang);
        var (shopUser, shopAct, atShop) = await AtShopAsync(Grains);
        await FundAsync(shopUser, 500);
        var notOffered = Boons.All.First(b => atShop.Shop.All(o => o.Boon != b));
        var otherNode = await shopAct.BuyAsync(atShop.Position + 1, atShop.Shop[0].Boon);
        var unknownBoon = await shopAct.BuyAsync(atShop.Position, notOffered);
        var after = Ok(await shopAct.GetAsync());

        Assert.Equal(RunStatus.Active, started.Status);
        Assert.Equal(RefusalCode.InvalidArgument, atStart.Refusal?.Code);
        Assert.Equal(RefusalCode.InvalidArgument, otherNode.Refusal?.Code);
        Assert.Equal(RefusalCode.InvalidArgument, unknownBoon.Refusal?.Code);
        Assert.Empty(after.Boons);
        Assert.Equal(500, (await user.GetBalanceAsync()).Tongqian);
        Assert.Equal(500, (await shopUser.GetBalanceAsync()).Tongqian);
    }

    [Fact]
    public async Task PurchaseWithoutARun_IsRefusedAsNotPlaying()
    {
        var user = await Users.TestUsers.RegisterAsync(Grains);
        var act = RoguelikeIds.Act(Grains, user.GetPrimaryKey());

        var refused = await act.BuyAsync(0, Boons.QingNang);

        Assert.Equal(RefusalCode.GameNotRunning, refused.Refusal?.Code);
    }
}
