using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace SanguoOrleans.Game.Flow;

/// <summary>
/// A resumable rules step without a result. The engine's own awaitable: continuations always run inline on the
/// caller's stack, so no scheduler, thread pool or synchronization context is ever involved.
/// </summary>
/// <remarks>
/// A step that fails (rule signals: the turn's player died, the game ended) does not rethrow at every <c>await</c>
/// level: a rule method awaiting a failed step is abandoned and its own step fails with the same error, without
/// throwing (methods of the engine have no <c>finally</c> blocks to run). Only <see cref="Caught"/> observes the error.
/// Code outside the engine's rule methods that awaits a failed step gets the error rethrown as usual.
/// </remarks>
[AsyncMethodBuilder(typeof(RuleTaskBuilder))]
public sealed class RuleTask : IRuleStep
{
    private Action? continuation;
    private IRuleStep? faultTarget;

    internal IAsyncStateMachine? Machine { get; set; }

    /// <summary>The boxed machine's MoveNext, built once per step.</summary>
    internal Action? Resume { get; set; }

    /// <summary>The shared finished step (never mutated: continuations on a finished step run at once).</summary>
    internal static RuleTask Done { get; } = Completed();

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

    /// <summary>Awaits the step without rethrowing: the result is its error, null when it finished normally.</summary>
    internal CaughtAwaitable Caught() => new(this);

    /// <summary>A step that has already failed with <paramref name="error"/>: awaiting it abandons the awaiting rule method.</summary>
    internal static RuleTask Failed(Exception error)
    {
        var task = new RuleTask();
        task.Complete(error);
        return task;
    }

    void IRuleStep.Fail(Exception error) => Complete(error);

    void IRuleStep.OnCompleted(Action next, IRuleStep? onFault) => OnCompleted(next, onFault);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal void Complete(Exception? error)
    {
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

    internal void ThrowIfFailed()
    {
        if (Error is not null)
        {
            ExceptionDispatchInfo.Capture(Error).Throw();
        }
    }
}

/// <summary>What the builders need of a step: register a continuation with a fault target, and fail it.</summary>
internal interface IRuleStep
{
    bool IsCompleted { get; }

    Exception? Error { get; }

    void Fail(Exception error);

    void OnCompleted(Action next, IRuleStep? onFault);
}

/// <summary>Implemented by the awaiters of rule steps, so the builders can propagate failures without throwing.</summary>
internal interface IRuleAwaiter
{
    IRuleStep Step { get; }
}

/// <summary>Awaiter of <see cref="RuleTask"/>.</summary>
public readonly struct RuleTaskAwaiter(RuleTask step) : ICriticalNotifyCompletion, IRuleAwaiter
{
    /// <summary>True when the step finished normally (a failed step is handed to the builder, which propagates it).</summary>
    public bool IsCompleted => step.IsCompleted && step.Error is null;

    IRuleStep IRuleAwaiter.Step => step;

    /// <summary>Rethrows the step's error, if any.</summary>
    public void GetResult() => step.ThrowIfFailed();

    /// <inheritdoc />
    public void OnCompleted(Action continuation) => step.OnCompleted(continuation);

    /// <inheritdoc />
    public void UnsafeOnCompleted(Action continuation) => step.OnCompleted(continuation);
}

/// <summary>Awaitable of <see cref="RuleTask.Caught"/>.</summary>
internal readonly struct CaughtAwaitable(RuleTask step)
{
    public CaughtAwaiter GetAwaiter() => new(step);
}

/// <summary>Awaiter of <see cref="RuleTask.Caught"/>: completes with the step's error (null when none), never throws.</summary>
internal readonly struct CaughtAwaiter(RuleTask step) : ICriticalNotifyCompletion
{
    public bool IsCompleted => step.IsCompleted;

    public Exception? GetResult() => step.Error;

    public void OnCompleted(Action continuation) => step.OnCompleted(continuation);

    public void UnsafeOnCompleted(Action continuation) => step.OnCompleted(continuation);
}

/// <summary>The layout shared by <see cref="RuleTaskAwaiter"/> and <see cref="RuleTaskAwaiter{T}"/>: one field, the step.</summary>
internal readonly struct StepHolder
{
    public readonly IRuleStep Step;
}

/// <summary>The failure propagation shared by both builders.</summary>
internal static class RuleAwait
{
    /// <summary>
    /// Registers <paramref name="resume"/> (a state machine's MoveNext) as the continuation of <paramref name="awaiter"/>. When the awaited rule
    /// step has failed (now or later), <paramref name="owner"/> fails with the same error instead of resuming the
    /// machine, so the error is never rethrown at this level.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    public static void OnCompleted<TAwaiter>(ref TAwaiter awaiter, Action resume, IRuleStep owner)
        where TAwaiter : INotifyCompletion
    {
        // "is" on a struct type argument is folded by the JIT (no box); the step is then read through the awaiters'
        // common layout (one reference field, see StepHolder) instead of an interface call that would box.
        if (awaiter is IRuleAwaiter)
        {
            System.Diagnostics.Debug.Assert(Unsafe.SizeOf<TAwaiter>() == Unsafe.SizeOf<StepHolder>(), "awaiter layout");
            var child = Unsafe.As<TAwaiter, StepHolder>(ref awaiter).Step;
            if (child.IsCompleted && child.Error is { } error)
            {
                owner.Fail(error);
                return;
            }

            child.OnCompleted(resume, owner);
            return;
        }

        awaiter.OnCompleted(resume);
    }
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
    /// <remarks>
    /// A method that finished without ever suspending has not asked for its task yet: it gets the shared finished
    /// one (immutable: awaiting a finished step never touches it), so most rule calls allocate no task at all.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    public void SetResult()
    {
        if (task is null)
        {
            task = RuleTask.Done;
            return;
        }

        task.Complete(null);
    }

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
        RuleAwait.OnCompleted(ref awaiter, t.Resume ??= t.Machine.MoveNext, t);
    }

    /// <summary>Same as <see cref="AwaitOnCompleted"/>.</summary>
    public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
        where TAwaiter : ICriticalNotifyCompletion
        where TStateMachine : IAsyncStateMachine => AwaitOnCompleted(ref awaiter, ref stateMachine);
}
#pragma warning restore CA1822, CA1000
