using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Tests.Persistence;
using static SanguoOrleans.Grains.Tests.Roguelike.RoguelikeShopRuns;
using static SanguoOrleans.Grains.Tests.Tables.TestTables;

namespace SanguoOrleans.Grains.Tests.Roguelike;

/// <summary>A purchase charged whose record is lost: the retry grants the boon and charges nothing more.</summary>
public sealed class RoguelikeShopWriteFailureTests(FaultInjectionFixture fixture) : IClassFixture<FaultInjectionFixture>
{
    private const string ActState = "roguelike-act";

    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task PurchaseChargedButNotRecorded_IsGrantedOnRetry_WithoutASecondCharge_AndNeverForAnotherBoon()
    {
        var (user, act, atShop) = await AtShopAsync(Grains);
        await FundAsync(user, 500);
        var offer = atShop.Shop[2];

        fixture.Faults.FailWrites(ActState, true);
        Outcome<Interfaces.Roguelike.RoguelikeView> failed;
        try
        {
            failed = await act.BuyAsync(atShop.Position, offer.Boon);
        }
        finally
        {
            fixture.Faults.FailWrites(ActState, false);
        }

        var lost = Ok(await act.GetAsync());
        var chargedOnce = (await user.GetBalanceAsync()).Tongqian;
        var otherBoon = await act.BuyAsync(atShop.Position, atShop.Shop[0].Boon);
        var retried = Ok(await act.BuyAsync(atShop.Position, offer.Boon));
        var balance = (await user.GetBalanceAsync()).Tongqian;

        Assert.Equal(RefusalCode.StorageUnavailable, failed.Refusal?.Code);
        Assert.Empty(lost.Boons);
        Assert.Equal(500 - offer.Price, chargedOnce);
        Assert.Equal(RefusalCode.OperationConflict, otherBoon.Refusal?.Code);
        Assert.Equal([offer.Boon], retried.Boons);
        Assert.True(retried.Shop[2].Bought);
        Assert.Equal(500 - offer.Price, balance);
    }
}
