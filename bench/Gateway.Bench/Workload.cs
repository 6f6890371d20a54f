namespace SanguoOrleans.Gateway.Bench;

/// <summary>One of the things compared: a name and a way to open a number of concurrent callers.</summary>
internal sealed record Workload(string Name, Func<int, Task<ICaller[]>> OpenAsync)
{
    /// <summary>A workload whose callers are independent of each other (each its own connection, or none).</summary>
    public static Workload PerCaller(string name, Func<int, Task<ICaller>> open) =>
        new(name, async count => await Task.WhenAll(Enumerable.Range(0, count).Select(open)).ConfigureAwait(false));
}
