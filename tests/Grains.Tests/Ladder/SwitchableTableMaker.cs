using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Ladder;

namespace SanguoOrleans.Grains.Tests.Ladder;

/// <summary>The real ranked-table path, except that a test can make the next creations fail.</summary>
internal sealed class SwitchableTableMaker(IGrainFactory grains) : IRankedTableMaker
{
    private readonly GrainRankedTableMaker _real = new(grains);
    private int _failures;

    public void FailNext(int count) => Interlocked.Exchange(ref _failures, count);

    public Task<Outcome<TableInfo>> CreateAsync(string tableId, RankedTableRequest request) =>
        Interlocked.Decrement(ref _failures) >= 0
            ? Task.FromResult(Outcome.Refused<TableInfo>(RefusalCode.StorageUnavailable, "Provoked table failure."))
            : _real.CreateAsync(tableId, request);
}
