using SanguoOrleans.Game.Views;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    /// <summary>The snapshot a viewer (seat, or −1 for a spectator) may see, computed from the state.</summary>
    public PlayerView ViewFor(int viewer) => new(
        viewer,
        CurrentSeat,
        CurrentPhase.ToString(),
        TurnNumber,
        DrawPile.Count,
        DiscardPile.Count,
        [.. Processing],
        [.. Players.Select(p => new SeatView(
            p.Seat,
            p.Hero?.Id,
            p.RolePublic || p.Seat == viewer ? p.Role.ToString() : null,
            p.Hp,
            p.MaxHp,
            p.Alive,
            p.Chained,
            p.Hand.Count,
            p.Seat == viewer ? [.. p.Hand] : [],
            [.. p.Equip],
            [.. p.Judge],
            [.. p.DamageDealt]))],
        Result?.Side.ToString());
}
