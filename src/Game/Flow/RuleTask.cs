using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace SanguoOrleans.Game.Flow;

/// <summary>
/// A resumable rules step without a result. The engine's own awaitable: continuations always run inline on the
/// caller's stack, so no scheduler, thread pool or synchronization context is ever involved.
/// </summary>
[AsyncMethodBuilder(typeof(RuleTaskBuilder))]
public sealed class RuleTask
{
    private Action? continuation;

    internal IAsyncStateMachine? Machine { get; set; }

    /// <summary>A task that is already finished.</summary>
    public static RuleTask Completed()
    {
        var task = new RuleTask();
        task.Complete(null);
        return task;
    }

    /// <summary>True once the step has finished, normally or with an error.</summary>
    public bool IsCompleted { get; private set; }

    /// <summary>The error the step ended with, if any.</summary>
    public Exception? Error { get; private set; }

    /// <summary>Awaiter used by <c>await</c>.</summary>
    public RuleTaskAwaiter GetAwaiter() => new(this);

    internal void Complete(Exception? error)
    {
        Error = error;
        IsCompleted = true;
        var c = continuation;
        continuation = null;
        c?.Invoke();
    }

    internal void OnCompleted(Action next) => continuation = next;

    internal void ThrowIfFailed()
    {
        if (Error is not null)
        {
            ExceptionDispatchInfo.Capture(Error).Throw();
        }
    }
}

/// <summary>Awaiter of <see cref="RuleTask"/>.</summary>
public readonly struct RuleTaskAwaiter(RuleTask step) : ICriticalNotifyCompletion
{
    /// <summary>See <see cref="RuleTask.IsCompleted"/>.</summary>
    public bool IsCompleted => step.IsCompleted;

    /// <summary>Rethrows the step's error, if any.</summary>
    public void GetResult() => step.ThrowIfFailed();

    /// <inheritdoc />
    public void OnCompleted(Action continuation) => step.OnCompleted(continuation);

    /// <inheritdoc />
    public void UnsafeOnCompleted(Action continuation) => step.OnCompleted(continuation);
}

#pragma warning disable CA1822, CA1000 // the compiler requires this builder shape
/// <summary>Async method builder for <see cref="RuleTask"/>.</summary>
public struct RuleTaskBuilder
{
    private RuleTask? task;

    /// <summary>Compiler entry point.</summary>
    public static RuleTaskBuilder Create() => default;

    /// <summary>The step being built.</summary>
    public RuleTask Task => task ??= new RuleTask();

    /// <summary>Runs the method synchronously up to its first suspension.</summary>
    public readonly void Start<TStateMachine>(ref TStateMachine stateMachine)
        where TStateMachine : IAsyncStateMachine => stateMachine.MoveNext();

    /// <summary>Unused: boxing is handled in <see cref="AwaitOnCompleted"/>.</summary>
    public readonly void SetStateMachine(IAsyncStateMachine stateMachine)
    {
    }

    /// <summary>Completes the step.</summary>
    public void SetResult() => Task.Complete(null);

    /// <summary>Fails the step.</summary>
    public void SetException(Exception exception) => Task.Complete(exception);

    /// <summary>Registers the state machine as the continuation of an awaiter.</summary>
    public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
        where TAwaiter : INotifyCompletion
        where TStateMachine : IAsyncStateMachine
    {
        // The task must exist before boxing so the boxed copy of this builder shares it.
        var t = Task;
        t.Machine ??= stateMachine;
        awaiter.OnCompleted(t.Machine.MoveNext);
    }

    /// <summary>Same as <see cref="AwaitOnCompleted"/>.</summary>
    public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
        where TAwaiter : ICriticalNotifyCompletion
        where TStateMachine : IAsyncStateMachine => AwaitOnCompleted(ref awaiter, ref stateMachine);
}
#pragma warning restore CA1822, CA1000
