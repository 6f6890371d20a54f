using Orleans.Concurrency;

namespace SanguoOrleans.Grains.Interfaces.Tables;

/// <summary>A viewer's connection to a table (a player or a spectator); the gateway registers one per connection.</summary>
public interface ITableObserver : IGrainObserver
{
    /// <summary>The game moved on: events this viewer may see and its pending request.</summary>
    [OneWay]
    Task GameAdvanced(TableUpdate update);

    /// <summary>Seats, status or settings changed.</summary>
    [OneWay]
    Task TableChanged(TableInfo info);
}
