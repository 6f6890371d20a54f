using System.Collections.Concurrent;
using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Tables.Bench;

/// <summary>Lets the benchmark await the end of the tables it created (filled by <see cref="BenchResultListener"/>).</summary>
internal sealed class FinishedGames
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<TableReplay>> _waiting = new();

    public Task<TableReplay> WhenFinished(string tableId) =>
        _waiting.GetOrAdd(tableId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Finished(TableReplay replay) =>
        _waiting.GetOrAdd(replay.TableId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(replay);

    public void Forget(string tableId) => _waiting.TryRemove(tableId, out _);
}

/// <summary>The ranked-table listener the benchmark's tables report to.</summary>
internal sealed class BenchResultListener(FinishedGames finished) : Grain, ITableResultListener
{
    public Task TableFinishedAsync(TableReplay replay)
    {
        finished.Finished(replay);
        return Task.CompletedTask;
    }
}
