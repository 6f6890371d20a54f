using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Grains.Ladder;

/// <summary>Ranked tables through the Tables path: <see cref="ITableGrain.CreateRankedAsync"/>.</summary>
internal sealed class GrainRankedTableMaker(IGrainFactory grains) : IRankedTableMaker
{
    public Task<Outcome<TableInfo>> CreateAsync(string tableId, RankedTableRequest request) =>
        grains.GetGrain<ITableGrain>(tableId).CreateRankedAsync(request);
}
