namespace SanguoOrleans.Gateway.Bench;

/// <summary>One concurrent caller of a workload: makes one round trip per call, never two at once.</summary>
internal interface ICaller : IAsyncDisposable
{
    /// <summary>One round trip.</summary>
    Task CallAsync();
}
