using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using SanguoOrleans.Grains.Interfaces.Wallet;
using SanguoOrleans.Grains.Wallet;

namespace SanguoOrleans.Grains.Tests.Wallet;

/// <summary>The operators' read-only wallet views, through a silo registered with the in-memory store.</summary>
[Collection(ClusterCollection.Name)]
public sealed class WalletAuditGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Operators_read_a_users_ledger_and_reconcile_through_the_grain()
    {
        var user = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;

        // Every silo of this cluster has its own in-memory store and the stateless worker answers from any of
        // them, so each gets the same operations.
        foreach (var silo in fixture.Cluster.Silos.Cast<InProcessSiloHandle>())
        {
            var store = silo.SiloHost.Services.GetRequiredService<IWalletStore>();
            await store.ApplyAsync(user, new WalletOperation("grant", Currency.Tongqian, 100, "test"), now);
            await store.ApplyAsync(user, new WalletOperation("buy", Currency.Tongqian, -30, "shop"), now);
        }

        var audit = fixture.Grains.GetGrain<IWalletAuditGrain>(0);
        var ledger = await audit.GetLedgerAsync(user, 10);
        var report = await audit.ReconcileAsync();

        Assert.Equal(["buy", "grant"], ledger.Select(receipt => receipt.OperationId));
        Assert.Equal(70, ledger[0].BalanceAfter);
        Assert.True(report.Consistent);
    }
}
