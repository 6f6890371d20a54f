namespace SanguoOrleans.Grains.Interfaces.Tables;

/// <summary>Where a table is in its life.</summary>
public enum TableStatus
{
    /// <summary>Never created.</summary>
    None,

    /// <summary>Seating players; the game has not started.</summary>
    Open,

    /// <summary>A game is in progress.</summary>
    Playing,

    /// <summary>The game is over; the replay record remains.</summary>
    Finished,

    /// <summary>Closed before any game (everyone left).</summary>
    Closed,
}
