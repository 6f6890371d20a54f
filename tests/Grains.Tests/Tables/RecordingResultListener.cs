using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Grains.Tests.Tables;

/// <summary>A stand-in ladder that keeps the results its tables report.</summary>
public interface IRecordingResultListener : ITableResultListener
{
    Task<IReadOnlyList<TableReplay>> GetResultsAsync();
}

[GrainType(GrainTypeName)]
internal sealed class RecordingResultListener : Grain, IRecordingResultListener
{
    private const string GrainTypeName = "recording-result-listener";

    /// <summary>The listener key that reaches this grain (keyed <paramref name="key"/>) among other listeners.</summary>
    public static string ListenerKey(string key) => $"{GrainTypeName}/{key}";

    private readonly List<TableReplay> _results = [];

    public Task TableFinishedAsync(TableReplay replay)
    {
        _results.Add(replay);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TableReplay>> GetResultsAsync() => Task.FromResult<IReadOnlyList<TableReplay>>([.. _results]);
}
