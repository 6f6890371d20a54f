namespace SanguoOrleans.Grains.Interfaces.Tables;

/// <summary>Who holds a seat.</summary>
public enum SeatOccupant
{
    /// <summary>Nobody.</summary>
    Empty,

    /// <summary>A user.</summary>
    Human,

    /// <summary>The table's AI.</summary>
    Ai,
}

/// <summary>One seat as everyone at the table may see it.</summary>
/// <param name="Seat">Seat number (0 = the lord once the game runs).</param>
/// <param name="Occupant">Who holds it.</param>
/// <param name="UserId">The user, for a human seat.</param>
/// <param name="Ready">The user is ready to start.</param>
/// <param name="AutoPlay">托管: the server answers for this player.</param>
/// <param name="Online">The player has a live connection to the table.</param>
/// <param name="Escaped">The player left the game before its end.</param>
[GenerateSerializer, Immutable, Alias("sanguo.SeatInfo")]
public sealed record SeatInfo(int Seat, SeatOccupant Occupant, Guid? UserId, bool Ready, bool AutoPlay, bool Online, bool Escaped);
