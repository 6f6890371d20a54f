namespace SanguoOrleans.Grains.Tables;

/// <summary>Live, unpersisted facts about a human seat: whether the player is there to answer.</summary>
internal sealed class SeatControl
{
    /// <summary>Deadlines missed in a row.</summary>
    public int Misses { get; set; }

    /// <summary>托管 chosen by the player or forced by three misses.</summary>
    public bool AutoPlay { get; set; }

    /// <summary>Connections the player has open to the table.</summary>
    public int Connections { get; set; }

    /// <summary>
    /// Whether the player counts as present: players start present (they just sat down, or the table just came
    /// back after a silo failure and their clients are reconnecting) until a connection they had is closed.
    /// </summary>
    public bool Offline { get; set; }
}
