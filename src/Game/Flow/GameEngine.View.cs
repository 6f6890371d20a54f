using SanguoOrleans.Game.Views;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    private static readonly string[] RoleNames = Enum.GetNames<Modes.Role>();
    private static readonly string[] PhaseNames = Enum.GetNames<Phase>();

    /// <summary>The snapshot a viewer (seat, or −1 for a spectator) may see, computed from the state.</summary>
    public PlayerView ViewFor(int viewer)
    {
        // Built once per AI decision: plain arrays copied from the state (never aliased), no LINQ, no enum formatting.
        var seats = new SeatView[Players.Length];
        for (var i = 0; i < seats.Length; i++)
        {
            var p = Players[i];
            seats[i] = new SeatView(
                p.Seat,
                p.Hero?.Id,
                p.RolePublic || p.Seat == viewer ? RoleNames[(int)p.Role] : null,
                p.Hp,
                p.MaxHp,
                p.Alive,
                p.Chained,
                p.Hand.Count,
                SeesHand(viewer, p.Seat) ? p.Hand.ToArray() : [],
                (int[])p.Equip.Clone(),
                p.Judge.Count == 0 ? [] : p.Judge.ToArray(),
                (int[])p.DamageDealt.Clone());
        }

        return new PlayerView(
            viewer,
            CurrentSeat,
            PhaseNames[(int)CurrentPhase],
            TurnNumber,
            DrawPile.Count,
            DiscardPile.Count,
            Processing.Count == 0 ? [] : Processing.ToArray(),
            seats,
            Result?.Side.ToString());
    }
}
