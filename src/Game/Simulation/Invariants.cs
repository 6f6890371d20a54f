using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Simulation;

/// <summary>
/// Checks a game state cannot break whatever happened: every card in exactly one zone, HP within bounds, nobody alive
/// at 0 HP outside the dying rescue, the dead without cards.
/// </summary>
public static class Invariants
{
    /// <summary>Null when the state is sound, else what is wrong.</summary>
    public static string? Check(GameEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var seen = new int[engine.Cards.Length];
        string? problem = null;
        void Count(IEnumerable<int> ids, ZoneKind zone, int seat)
        {
            foreach (var id in ids)
            {
                seen[id]++;
                if (engine.Locations[id] != new CardLocation(zone, seat))
                {
                    problem ??= $"card {id} is in {zone} {seat} but located at {engine.Locations[id]}";
                }
            }
        }

        Count(engine.DrawPile, ZoneKind.DrawPile, -1);
        Count(engine.DiscardPile, ZoneKind.DiscardPile, -1);
        Count(engine.Processing, ZoneKind.Processing, -1);
        foreach (var p in engine.Players)
        {
            Count(p.Hand, ZoneKind.Hand, p.Seat);
            Count(p.Equip.Where(e => e >= 0), ZoneKind.Equipment, p.Seat);
            Count(p.Judge, ZoneKind.Judge, p.Seat);
            if (p.Hp > p.MaxHp)
            {
                problem ??= $"seat {p.Seat} hp {p.Hp} > max {p.MaxHp}";
            }

            // A dying player may still be saved (meanwhile a rescuer's own skills may ask, e.g. 连营 after his last 桃);
            // a fallen 1v1 hero is at 0 HP until its successor is chosen.
            if (p.Alive && p.Hp <= 0 && p.MaxHp > 0 && engine.Pending.Count > 0
                && engine.Pending[0] is { Kind: not Decisions.RequestKind.Peach, Reason: not "debut" } asked
                && !InDying(engine, p.Seat))
            {
                problem ??= $"seat {p.Seat} alive with hp {p.Hp} while asked {asked.Kind} {asked.Reason}";
            }

            if (!p.Alive && !engine.IsOver && (p.Hand.Count > 0 || p.Judge.Count > 0))
            {
                problem ??= $"dead seat {p.Seat} still holds cards";
            }
        }

        for (var id = 0; id < seen.Length; id++)
        {
            if (seen[id] != 1)
            {
                problem ??= $"card {id} found {seen[id]} times";
            }
        }

        return problem;
    }

    /// <summary>Whether the seat's dying started after its latest loss of HP (rescues since may leave it at 0 or less).</summary>
    private static bool InDying(GameEngine engine, int seat)
    {
        var events = engine.AllEvents;
        for (var i = events.Count - 1; i >= 0; i--)
        {
            var e = events[i];
            var about = e.Kind == EventKind.Damaged ? e.Target : e.Seat;
            if (about == seat && e.Kind is EventKind.Dying or EventKind.Damaged or EventKind.HpLost or EventKind.Died)
            {
                return e.Kind == EventKind.Dying;
            }
        }

        return false;
    }

    /// <summary>Whether <see cref="Check"/> finds nothing wrong.</summary>
    public static bool Hold(GameEngine engine) => Check(engine) is null;
}
