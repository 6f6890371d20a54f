using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Views;

/// <summary>
/// Rebuilds a viewer's <see cref="PlayerView"/> from the events that viewer received — what a client does. The
/// result must equal the engine's snapshot, which proves the events carry everything and leak nothing.
/// </summary>
public sealed class ViewFolder(int viewer)
{
    private readonly List<Seat> seats = [];
    private readonly List<int> processing = [];
    private readonly HashSet<int> visibleHands = [viewer];
    private int current;
    private string phase = "None";
    private int turn;
    private int drawPile;
    private int discardPile;
    private string? winner;

    /// <summary>
    /// A folder that goes on from <paramref name="view"/>, a snapshot taken mid-game (a spectator arriving, a client
    /// reconnecting), as if it had folded every event before it. Another seat's hand counts as visible when the view
    /// shows its cards; a teammate's hand that was empty at the snapshot stays hidden.
    /// </summary>
    public static ViewFolder From(PlayerView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var folder = new ViewFolder(view.Viewer)
        {
            current = view.CurrentSeat,
            phase = view.Phase,
            turn = view.Turn,
            drawPile = view.DrawPileCount,
            discardPile = view.DiscardPileCount,
            winner = view.Winner,
        };
        folder.processing.AddRange(view.Processing);
        foreach (var s in view.Seats)
        {
            var seat = new Seat(view.Seats.Count) { Hero = s.Hero, Role = s.Role, Hp = s.Hp, MaxHp = s.MaxHp, Alive = s.Alive, Chained = s.Chained, HandCount = s.HandCount };
            seat.Hand.AddRange(s.Hand);
            s.Equipment.ToArray().CopyTo(seat.Equip, 0);
            seat.Judge.AddRange(s.Judge);
            s.DamageDealt.ToArray().CopyTo(seat.DamageDealt, 0);
            folder.seats.Add(seat);
            if (s.Hand.Count > 0)
            {
                folder.visibleHands.Add(s.Seat);
            }
        }

        return folder;
    }

    /// <summary>Applies one received event.</summary>
    public void Apply(GameEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        switch (e.Kind)
        {
            case EventKind.GameStarted:
                for (var i = 0; i < e.Count; i++)
                {
                    seats.Add(new Seat(e.Count));
                }

                drawPile = e.Amount;
                break;
            case EventKind.RoleRevealed: seats[e.Seat].Role = e.Text; break;
            case EventKind.HeroChosen:
                seats[e.Seat].Hero = e.Text;
                seats[e.Seat].Hp = e.Hp;
                seats[e.Seat].MaxHp = e.MaxHp;
                break;
            case EventKind.TurnStarted:
                current = e.Seat;
                turn = e.Amount;
                phase = "None";
                break;
            case EventKind.PhaseStarted: phase = e.Text!; break;
            case EventKind.CardsMoved: Moved(e); break;
            case EventKind.Reshuffled:
                drawPile += e.Count;
                discardPile -= e.Count;
                break;
            case EventKind.Damaged:
                if (e.Seat >= 0)
                {
                    seats[e.Seat].DamageDealt[e.Target] += e.Amount;
                }

                seats[e.Target].Hp = e.Hp;
                break;
            case EventKind.Recovered or EventKind.HpLost: seats[e.Seat].Hp = e.Hp; break;
            case EventKind.Died:
                seats[e.Seat].Alive = false;
                seats[e.Seat].Role = e.Text;
                break;
            case EventKind.ChainChanged: seats[e.Seat].Chained = e.Amount == 1; break;
            case EventKind.GameOver: winner = e.Text; break;
            case EventKind.SideFormed when e.Count == 1 && e.Targets is { } side && side.Contains(viewer):
                visibleHands.UnionWith(side);
                break;
        }
    }

    /// <summary>The folded view.</summary>
    public PlayerView ToView() => new(
        viewer,
        current,
        phase,
        turn,
        drawPile,
        discardPile,
        [.. processing],
        [.. seats.Select((s, i) => new SeatView(
            i, s.Hero, s.Role, s.Hp, s.MaxHp, s.Alive, s.Chained, s.HandCount, visibleHands.Contains(i) ? [.. s.Hand] : [],
            [.. s.Equip], [.. s.Judge], [.. s.DamageDealt]))],
        winner);

    private void Moved(GameEvent e)
    {
        var ids = e.Cards ?? [];
        switch (e.From)
        {
            case ZoneKind.DrawPile: drawPile -= e.Count; break;
            case ZoneKind.DiscardPile: discardPile -= e.Count; break;
            case ZoneKind.Processing: processing.RemoveAll(ids.Contains); break;
            case ZoneKind.Hand:
                seats[e.FromSeat].HandCount -= e.Count;
                seats[e.FromSeat].Hand.RemoveAll(ids.Contains);
                break;
            case ZoneKind.Equipment:
                var eq = seats[e.FromSeat].Equip;
                for (var i = 0; i < eq.Length; i++)
                {
                    eq[i] = ids.Contains(eq[i]) ? -1 : eq[i];
                }

                break;
            case ZoneKind.Judge: seats[e.FromSeat].Judge.RemoveAll(ids.Contains); break;
        }

        switch (e.To)
        {
            case ZoneKind.DrawPile: drawPile += e.Count; break;
            case ZoneKind.DiscardPile: discardPile += e.Count; break;
            case ZoneKind.Processing: processing.AddRange(ids); break;
            case ZoneKind.Hand:
                seats[e.ToSeat].HandCount += e.Count;
                seats[e.ToSeat].Hand.AddRange(ids);
                break;
            case ZoneKind.Equipment:
                foreach (var id in ids)
                {
                    seats[e.ToSeat].Equip[(int)Cards.CardRules.SlotOf(Cards.CardCatalog.All[id].Name)] = id;
                }

                break;
            case ZoneKind.Judge: seats[e.ToSeat].Judge.AddRange(ids); break;
        }
    }

    private sealed class Seat(int players)
    {
        public string? Hero { get; set; }

        public string? Role { get; set; }

        public int Hp { get; set; }

        public int MaxHp { get; set; }

        public bool Alive { get; set; } = true;

        public bool Chained { get; set; }

        public int HandCount { get; set; }

        public List<int> Hand { get; } = [];

        public int[] Equip { get; } = [-1, -1, -1, -1];

        public List<int> Judge { get; } = [];

        public int[] DamageDealt { get; } = new int[players];
    }
}
