namespace SanguoOrleans.Gateway.Bench;

/// <summary>Opens callers that share gateway connections, <c>perConnection</c> to each, one user per connection.</summary>
internal static class SharedGateway
{
    public static async Task<ICaller[]> OpenAsync(int port, IReadOnlyList<BenchUser> users, int count, int perConnection)
    {
        var connections = (count + perConnection - 1) / perConnection;
        var opened = await Task.WhenAll(Enumerable.Range(0, connections).Select(j => SharedGatewayConnection.ConnectAsync(port, users[j]))).ConfigureAwait(false);
        // The first caller of each connection closes it when the run is over.
        return Enumerable.Range(0, count).Select(i => (ICaller)new SharedGatewayCaller(opened[i / perConnection], ownsConnection: i % perConnection == 0)).ToArray();
    }
}
