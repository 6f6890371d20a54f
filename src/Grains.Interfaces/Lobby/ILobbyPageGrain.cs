using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Grains.Interfaces.Lobby;

/// <summary>One lobby page (key: page number) listing the tables that put themselves on it.</summary>
public interface ILobbyPageGrain : IGrainWithIntegerKey
{
    /// <summary>Adds or refreshes a table's line.</summary>
    Task PublishAsync(TableSummary summary);

    /// <summary>Removes a table's line.</summary>
    Task RemoveAsync(string tableId);

    /// <summary>The tables on the page, open ones first.</summary>
    Task<IReadOnlyList<TableSummary>> ListAsync();
}
