using System.Collections.Concurrent;
using SanguoOrleans.Grains.Interfaces.Users;

namespace SanguoOrleans.Grains.Tests.Users;

/// <summary>A connection stand-in that remembers why its sessions ended.</summary>
internal sealed class RecordingSessionObserver : ISessionObserver
{
    private readonly TaskCompletionSource<SessionEndReason> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<SessionEndReason> Endings { get; } = new();

    public Task<SessionEndReason> Ended => _ended.Task;

    public Task SessionEnded(SessionEndReason reason)
    {
        Endings.Enqueue(reason);
        _ended.TrySetResult(reason);
        return Task.CompletedTask;
    }
}
