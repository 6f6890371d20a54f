using SanguoOrleans.Grains.Interfaces.Lobby;
using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Grains.Lobby;

/// <summary>
/// A lobby page: the summaries its tables publish. Not persisted: an open table republishes itself whenever it
/// changes and when it is reactivated, so after a restart the page fills again as tables are used.
/// </summary>
internal sealed class LobbyPageGrain : Grain, ILobbyPageGrain
{
    private readonly Dictionary<string, TableSummary> _tables = [];

    public Task PublishAsync(TableSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        _tables[summary.TableId] = summary;
        return Task.CompletedTask;
    }

    public Task RemoveAsync(string tableId)
    {
        _tables.Remove(tableId);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TableSummary>> ListAsync() => Task.FromResult<IReadOnlyList<TableSummary>>(
        [.. _tables.Values.OrderBy(t => t.Status != TableStatus.Open).ThenBy(t => t.Name, StringComparer.Ordinal).ThenBy(t => t.TableId, StringComparer.Ordinal)]);
}
