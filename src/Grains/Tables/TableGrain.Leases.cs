using Microsoft.Extensions.Configuration;
using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Grains.Tables;

internal sealed partial class TableGrain
{
    /// <summary>The configuration key of the connection lease (a TimeSpan).</summary>
    internal const string ObserverLeaseKey = "Tables:ObserverLease";

    private static readonly TimeSpan DefaultObserverLease = TimeSpan.FromMinutes(2);

    private IGrainTimer? _leaseTimer;

    private static TimeSpan ObserverLeaseFrom(IConfiguration configuration) =>
        configuration.GetValue(ObserverLeaseKey, DefaultObserverLease) is var lease && lease > TimeSpan.Zero ? lease : DefaultObserverLease;

    public Task<bool> RefreshAsync(Guid user, ITableObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        if (!_viewers.TryGetValue(observer, out var cursor) || cursor.User != user)
        {
            return Task.FromResult(false);
        }

        cursor.LeaseEnds = _clock.GetUtcNow() + _observerLease;
        ArmLeaseSweep();
        return Task.FromResult(true);
    }

    /// <summary>
    /// Checks leases a few times per lease. One-way pushes to a dead connection fail unseen, so the lease is what
    /// tells a dead gateway from a quiet one. The sweep does not keep an idle table in memory.
    /// </summary>
    private void ArmLeaseSweep()
    {
        if (_leaseTimer is not null)
        {
            return;
        }

        var period = _observerLease / 4;
        _leaseTimer = this.RegisterGrainTimer(
            static (grain, _) => grain.DropExpiredConnectionsAsync(),
            this,
            new GrainTimerCreationOptions(period, period) { KeepAlive = false });
    }

    private async Task DropExpiredConnectionsAsync()
    {
        var now = _clock.GetUtcNow();
        var expired = _viewers.Where(v => v.Value.LeaseEnds < now).Select(v => v.Key).ToList();
        foreach (var observer in expired)
        {
            await DropConnectionAsync(observer);
        }

        if (!_viewers.Values.Any(c => c.LeaseEnds is not null))
        {
            _leaseTimer?.Dispose();
            _leaseTimer = null;
        }
    }
}
