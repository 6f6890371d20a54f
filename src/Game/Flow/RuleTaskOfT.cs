using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace SanguoOrleans.Game.Flow;

/// <summary>A resumable rules step with a result; see <see cref="RuleTask"/>.</summary>
[AsyncMethodBuilder(typeof(RuleTaskBuilder<>))]
public sealed class RuleTask<T> : IRuleStep
{
    private Action? continuation;
    private IRuleStep? faultTarget;
    private T? result;

    internal IAsyncStateMachine? Machine { get; set; }

    /// <summary>The boxed machine's MoveNext, built once per step.</summary>
    internal Action? Resume { get; set; }

    /// <summary>True once the step has finished.</summary>
    public bool IsCompleted { get; private set; }

    /// <summary>The error the step ended with, if any.</summary>
    public Exception? Error { get; private set; }

    /// <summary>Awaiter used by <c>await</c>.</summary>
    public RuleTaskAwaiter<T> GetAwaiter() => new(this);

    /// <summary>Completes the step with a value (used by the engine to answer a pending decision).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal void Complete(T value, Exception? error)
    {
        result = value;
        Error = error;
        IsCompleted = true;
        var c = continuation;
        var target = faultTarget;
        continuation = null;
        faultTarget = null;
        if (error is not null && target is not null)
        {
            target.Fail(error);
            return;
        }

        c?.Invoke();
    }

    void IRuleStep.Fail(Exception error) => Complete(default!, error);

    void IRuleStep.OnCompleted(Action next, IRuleStep? onFault) => OnCompleted(next, onFault);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal void OnCompleted(Action next, IRuleStep? onFault = null)
    {
        if (IsCompleted)
        {
            next();
            return;
        }

        continuation = next;
        faultTarget = onFault;
    }

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
public readonly struct RuleTaskAwaiter<T>(RuleTask<T> step) : ICriticalNotifyCompletion, IRuleAwaiter
{
    /// <summary>True when the step finished normally (a failed step is handed to the builder, which propagates it).</summary>
    public bool IsCompleted => step.IsCompleted && step.Error is null;

    IRuleStep IRuleAwaiter.Step => step;

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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    public void SetResult(T result)
    {
        // A method that finished without suspending gets a shared finished step for true / false (never mutated).
        if (task is null && typeof(T) == typeof(bool))
        {
            task = (RuleTask<T>)(object)(Unsafe.As<T, bool>(ref result) ? FinishedBool.True : FinishedBool.False);
            return;
        }

        Task.Complete(result, null);
    }

    /// <summary>Fails the step.</summary>
    public void SetException(Exception exception) => Task.Complete(default!, exception);

    /// <summary>Registers the state machine as the continuation of an awaiter.</summary>
    public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
        where TAwaiter : INotifyCompletion
        where TStateMachine : IAsyncStateMachine
    {
        var t = Task;
        t.Machine ??= stateMachine;
        RuleAwait.OnCompleted(ref awaiter, t.Resume ??= t.Machine.MoveNext, t);
    }

    /// <summary>Same as <see cref="AwaitOnCompleted"/>.</summary>
    public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
        where TAwaiter : ICriticalNotifyCompletion
        where TStateMachine : IAsyncStateMachine => AwaitOnCompleted(ref awaiter, ref stateMachine);
}
#pragma warning restore CA1822, CA1000

/// <summary>The shared finished <see cref="RuleTask{T}"/> of each boolean result.</summary>
internal static class FinishedBool
{
    public static readonly RuleTask<bool> True = Make(true);

    public static readonly RuleTask<bool> False = Make(false);

    private static RuleTask<bool> Make(bool value)
    {
        var task = new RuleTask<bool>();
        task.Complete(value, null);
        return task;
    }
}
