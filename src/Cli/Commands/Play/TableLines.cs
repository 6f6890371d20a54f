using SanguoOrleans.Game.Views;

namespace SanguoOrleans.Cli.Commands.Play;

/// <summary>The table as one seat (or a spectator, −1) sees it, as lines: every seat's public state, then the viewer's own hand.</summary>
public static class TableLines
{
    private static readonly string[] Slots = ["weapon", "armor", "+1", "-1"];

    /// <summary>The lines for <paramref name="view"/>, naming seats as <paramref name="names"/> does.</summary>
    public static IEnumerable<string> Of(PlayerView view, int viewer, EventText names)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(names);
        yield return $"== turn {view.Turn}, {names.Seat(view.CurrentSeat)} in the {view.Phase} phase; draw pile {view.DrawPileCount}, discard pile {view.DiscardPileCount}";
        foreach (var s in view.Seats)
        {
            var who = s.Seat == viewer ? "you " : "    ";
            var state = s.Alive ? $"hp {s.Hp}/{s.MaxHp}  hand {s.HandCount}" : "dead";
            var equipment = s.Equipment.Select((id, slot) => id < 0 ? null : $"{Slots[slot]} {CardLabel.Of(id)}").OfType<string>().ToList();
            var judge = s.Judge.Count > 0 ? "  judge: " + CardLabel.Of(s.Judge) : "";
            yield return $"{who}seat {s.Seat} {s.Hero ?? "?",-12} {s.Role ?? "?",-9} {state}{(s.Chained ? "  chained" : "")}  equipment: {(equipment.Count == 0 ? "-" : string.Join(", ", equipment))}{judge}";
        }

        if (viewer >= 0)
        {
            yield return "Your hand: " + (view.Seats[viewer].Hand.Count == 0 ? "(empty)" : CardLabel.Of(view.Seats[viewer].Hand));
        }
    }
}
