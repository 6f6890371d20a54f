using System.Collections.Concurrent;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Grains.Tests.Tables;

/// <summary>A connection stand-in that keeps every push and lets a test wait for a request or the end.</summary>
internal sealed class RecordingTableObserver : ITableObserver
{
    private readonly TaskCompletionSource _over = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<TableUpdate> Updates { get; } = new();

    public ConcurrentQueue<TableInfo> Infos { get; } = new();

    public Task Over => _over.Task;

    /// <summary>The request from the most recent push (null once answered or when none).</summary>
    public DecisionRequest? Pending { get; private set; }

    /// <summary>Starts from the snapshot a connection returned.</summary>
    public void StartFrom(TableSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Pending ??= snapshot.Pending;
    }

    public Task GameAdvanced(TableUpdate update)
    {
        Updates.Enqueue(update);
        Pending = update.Pending;
        if (update.Over)
        {
            _over.TrySetResult();
        }

        return Task.CompletedTask;
    }

    public Task TableChanged(TableInfo info)
    {
        Infos.Enqueue(info);
        return Task.CompletedTask;
    }

    /// <summary>Waits for a pushed request other than <paramref name="answeredId"/>; null when the game ended first.</summary>
    public async Task<DecisionRequest?> NextRequestAsync(int answeredId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (Pending is { } request && request.Id != answeredId)
            {
                return request;
            }

            if (Over.IsCompleted)
            {
                return null;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException("No request was pushed in time.");
            }

            // Pushes arrive on another thread; a short poll keeps the stand-in free of locks.
            await Task.Delay(TimeSpan.FromMilliseconds(2));
        }
    }
}
