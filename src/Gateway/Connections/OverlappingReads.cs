namespace SanguoOrleans.Gateway.Connections;

/// <summary>
/// The reads of one connection still being answered. Reads may overlap one another; anything else waits until they
/// are done, so a change never races the requests sent before it. Used by the connection's read loop only.
/// </summary>
internal sealed class OverlappingReads(int limit)
{
    private readonly List<Task> _running = [];

    /// <summary>Waits until fewer than the limit are running: a client that pipelines more is simply read later.</summary>
    public async ValueTask WaitForRoomAsync()
    {
        _running.RemoveAll(static read => read.IsCompleted);
        while (_running.Count >= limit)
        {
            await Task.WhenAny(_running).ConfigureAwait(false);
            _running.RemoveAll(static read => read.IsCompleted);
        }
    }

    /// <summary>Counts a started read as running.</summary>
    public void Add(Task read) => _running.Add(read);

    /// <summary>Waits for every running read (they never fault: each turns its own failure into a reply).</summary>
    public async ValueTask DrainAsync()
    {
        if (_running.Count > 0)
        {
            await Task.WhenAll(_running).ConfigureAwait(false);
            _running.Clear();
        }
    }
}
