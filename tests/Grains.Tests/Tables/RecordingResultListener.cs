using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Grains.Tests.Tables;

/// <summary>A stand-in ladder that keeps the results its tables report.</summary>
public interface IRecordingResultListener : ITableResultListener
{
    Task<IReadOnlyList<TableReplay>> GetResultsAsync();
}

internal sealed class RecordingResultListener : Grain, IRecordingResultListener
{
    private readonly List<TableReplay> _results = [];

    public Task TableFinishedAsync(TableReplay replay)
    {
        _results.Add(replay);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TableReplay>> GetResultsAsync() => Task.FromResult<IReadOnlyList<TableReplay>>([.. _results]);
}
