namespace SanguoOrleans.Game.Views;

/// <summary>What a viewer may know about one seat.</summary>
/// <param name="Seat">Seat number (0 = lord).</param>
/// <param name="Hero">Hero id once chosen.</param>
/// <param name="Role">Role if public, or if it is the viewer's own seat.</param>
/// <param name="Hp">Current HP.</param>
/// <param name="MaxHp">Maximum HP.</param>
/// <param name="Alive">Alive.</param>
/// <param name="Chained">Chained by 铁索连环.</param>
/// <param name="HandCount">Number of hand cards.</param>
/// <param name="Hand">Hand card ids: only for the viewer's own seat and, where teammates see each other's hands, a teammate's; otherwise empty.</param>
/// <param name="Equipment">Equipment card ids per slot (weapon, armor, +1, −1); −1 when empty.</param>
/// <param name="Judge">Delayed tricks in placement order.</param>
/// <param name="DamageDealt">Public tally of damage this seat dealt, per target seat.</param>
public sealed record SeatView(
    int Seat,
    string? Hero,
    string? Role,
    int Hp,
    int MaxHp,
    bool Alive,
    bool Chained,
    int HandCount,
    IReadOnlyList<int> Hand,
    IReadOnlyList<int> Equipment,
    IReadOnlyList<int> Judge,
    IReadOnlyList<int> DamageDealt);
