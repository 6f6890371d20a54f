using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace SanguoOrleans.Game.Flow;

/// <summary>A resumable rules step with a result; see <see cref="RuleTask"/>.</summary>
[AsyncMethodBuilder(typeof(RuleTaskBuilder<>))]
public sealed class RuleTask<T>
{
    private Action? continuation;
    private T? result;

    internal IAsyncStateMachine? Machine { get; set; }

    /// <summary>True once the step has finished.</summary>
    public bool IsCompleted { get; private set; }

    /// <summary>The error the step ended with, if any.</summary>
    public Exception? Error { get; private set; }

    /// <summary>Awaiter used by <c>await</c>.</summary>
    public RuleTaskAwaiter<T> GetAwaiter() => new(this);

    /// <summary>Completes the step with a value (used by the engine to answer a pending decision).</summary>
    internal void Complete(T value, Exception? error)
    {
        result = value;
        Error = error;
        IsCompleted = true;
        var c = continuation;
        continuation = null;
        c?.Invoke();
    }

    internal void OnCompleted(Action next) => continuation = next;

    internal T GetResult()
    {
        if (Error is not null)
        {
            ExceptionDispatchInfo.Capture(Error).Throw();
        }

        return result!;
    }
}

/// <summary>Awaiter of <see cref="RuleTask{T}"/>.</summary>
public readonly struct RuleTaskAwaiter<T>(RuleTask<T> step) : ICriticalNotifyCompletion
{
    /// <summary>See <see cref="RuleTask{T}.IsCompleted"/>.</summary>
    public bool IsCompleted => step.IsCompleted;

    /// <summary>The result, or rethrows the error.</summary>
    public T GetResult() => step.GetResult();

    /// <inheritdoc />
    public void OnCompleted(Action continuation) => step.OnCompleted(continuation);

    /// <inheritdoc />
    public void UnsafeOnCompleted(Action continuation) => step.OnCompleted(continuation);
}

#pragma warning disable CA1822, CA1000 // the compiler requires this builder shape
/// <summary>Async method builder for <see cref="RuleTask{T}"/>.</summary>
public struct RuleTaskBuilder<T>
{
    private RuleTask<T>? task;

    /// <summary>Compiler entry point.</summary>
    public static RuleTaskBuilder<T> Create() => default;

    /// <summary>The step being built.</summary>
    public RuleTask<T> Task => task ??= new RuleTask<T>();

    /// <summary>Runs the method synchronously up to its first suspension.</summary>
    public readonly void Start<TStateMachine>(ref TStateMachine stateMachine)
        where TStateMachine : IAsyncStateMachine => stateMachine.MoveNext();

    /// <summary>Unused: boxing is handled in <see cref="AwaitOnCompleted"/>.</summary>
    public readonly void SetStateMachine(IAsyncStateMachine stateMachine)
    {
    }

    /// <summary>Completes the step.</summary>
    public void SetResult(T result) => Task.Complete(result, null);

    /// <summary>Fails the step.</summary>
    public void SetException(Exception exception) => Task.Complete(default!, exception);

    /// <summary>Registers the state machine as the continuation of an awaiter.</summary>
    public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
        where TAwaiter : INotifyCompletion
        where TStateMachine : IAsyncStateMachine
    {
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
