using Orleans.Concurrency;
using SanguoOrleans.Grains.Interfaces.Cluster;

namespace SanguoOrleans.Grains.Cluster;

// A stateless worker answers on the silo that received the call, so pings never queue behind one activation.
[StatelessWorker]
internal sealed class PingGrain(ILocalSiloDetails silo, TimeProvider clock) : Grain, IPingGrain
{
    public Task<PingResult> PingAsync(long clientTimeUnixMs) =>
        Task.FromResult(new PingResult(clientTimeUnixMs, clock.GetUtcNow().ToUnixTimeMilliseconds(), silo.SiloAddress.ToParsableString()));
}
