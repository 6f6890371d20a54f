using SanguoOrleans.Grains.Wallet;

namespace SanguoOrleans.Grains.Tests.Wallet;

/// <summary>The wallet contract against the embedded default's store.</summary>
public sealed class InMemoryWalletStoreTests : WalletStoreContract
{
    protected override IWalletStore Store { get; } = new InMemoryWalletStore();

    [Fact]
    public async Task A_fresh_store_reconciles_with_exact_counts()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        await Store.ApplyAsync(a, Op("grant", 100), Now);
        await Store.TransferAsync(a, b, Op("gift", 60), Now);

        var report = await Store.ReconcileAsync();

        Assert.True(report.Consistent);
        Assert.Equal(2, report.BalancesChecked);
        Assert.Equal(3, report.LedgerEntries);
    }
}
