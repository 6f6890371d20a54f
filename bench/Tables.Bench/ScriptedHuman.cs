using System.Diagnostics;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Tables.Bench;

/// <summary>A player's connection that answers every pushed request with the default answer, timing each SubmitAsync.</summary>
internal sealed class ScriptedHuman(ITableGrain table, Guid user, List<double> latenciesMs) : ITableObserver
{
    private readonly TaskCompletionSource _over = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _lastAnswered = -1;
    private Task _answering = Task.CompletedTask;

    public Task Over => _over.Task;

    public void StartFrom(TableSnapshot snapshot) => Answer(snapshot.Pending);

    public Task GameAdvanced(TableUpdate update)
    {
        if (update.Over)
        {
            _over.TrySetResult();
        }

        Answer(update.Pending);
        return Task.CompletedTask;
    }

    public Task TableChanged(TableInfo info) => Task.CompletedTask;

    private void Answer(DecisionRequest? request)
    {
        lock (latenciesMs)
        {
            if (request is null || request.Id == _lastAnswered)
            {
                return;
            }

            _lastAnswered = request.Id;
            _answering = _answering.ContinueWith(_ => SubmitAsync(request), TaskScheduler.Default).Unwrap();
        }
    }

    private async Task SubmitAsync(DecisionRequest request)
    {
        var stopwatch = Stopwatch.StartNew();
        var outcome = await table.SubmitAsync(user, GameEngine.DefaultDecision(request));
        var ms = stopwatch.Elapsed.TotalMilliseconds;
        lock (latenciesMs)
        {
            if (outcome.Ok)
            {
                latenciesMs.Add(ms);
            }
        }
    }
}
