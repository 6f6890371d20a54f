using Microsoft.Extensions.Options;
using SanguoOrleans.Gateway.Hosting;

namespace SanguoOrleans.Gateway.Connections;

/// <summary>Counts open client connections against <see cref="ClientGatewayOptions.MaxConnections"/>.</summary>
internal sealed class ConnectionLimiter(IOptions<ClientGatewayOptions> options)
{
    private int _open;

    /// <summary>Takes a slot; false (and nothing taken) when the gateway is full.</summary>
    public bool TryEnter()
    {
        if (Interlocked.Increment(ref _open) <= options.Value.MaxConnections)
        {
            return true;
        }

        Interlocked.Decrement(ref _open);
        return false;
    }

    /// <summary>Gives a slot back.</summary>
    public void Exit() => Interlocked.Decrement(ref _open);
}
