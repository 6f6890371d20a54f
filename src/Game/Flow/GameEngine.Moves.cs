using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    /// <summary>
    /// Moves cards to a zone (to the top of the draw pile / end of other zones), one event per source zone.
    /// Ids are shown to everyone when either side is public or <paramref name="reveal"/>; otherwise only to the owners.
    /// </summary>
    internal void Move(IReadOnlyList<int> cards, ZoneKind to, int toSeat = -1, bool reveal = false)
    {
        if (cards.Count == 0)
        {
            return;
        }

        // Almost every move has a single source zone; grouping by hand only when needed keeps LINQ off the hot path.
        var first = Locations[cards[0]];
        var single = true;
        for (var i = 1; i < cards.Count && single; i++)
        {
            single = Locations[cards[i]] == first;
        }

        if (single)
        {
            MoveGroup(first, [.. cards], to, toSeat, reveal);
            return;
        }

        var groups = new List<(CardLocation From, List<int> Ids)>();
        foreach (var id in cards)
        {
            var at = Locations[id];
            var index = groups.FindIndex(g => g.From == at);
            if (index < 0)
            {
                groups.Add((at, [id]));
            }
            else
            {
                groups[index].Ids.Add(id);
            }
        }

        foreach (var (from, ids) in groups)
        {
            MoveGroup(from, [.. ids], to, toSeat, reveal);
        }
    }

    private void MoveGroup(CardLocation from, int[] ids, ZoneKind to, int toSeat, bool reveal)
    {
        var silverLionLost = false;
        foreach (var id in ids)
        {
            RemoveFromZone(id, from);
            AddToZone(id, to, toSeat);
            silverLionLost |= from.Zone == ZoneKind.Equipment && Cards[id].Name == CardName.SilverLion;
        }

        var body = Ev(EventKind.CardsMoved) with
        {
            Cards = ids, Count = ids.Length, From = from.Zone, FromSeat = from.Seat, To = to, ToSeat = toSeat,
        };
        if (reveal || from.Zone.IsPublic() || to.IsPublic())
        {
            Emit(body);
        }
        else
        {
            EmitSplit(HandOwners(from, to, toSeat), body, body with { Cards = [] });
        }

        // 白银狮子: losing it from the equipment area heals its owner.
        if (silverLionLost && Players[from.Seat].Alive && Players[from.Seat].IsWounded)
        {
            Recover(from.Seat, 1, -1);
        }
    }

    /// <summary>The seats allowed to see the ids of a hidden move: the owners of the hands involved.</summary>
    private static int[] HandOwners(CardLocation from, ZoneKind to, int toSeat)
    {
        var fromHand = from.Zone == ZoneKind.Hand;
        var toHand = to == ZoneKind.Hand;
        return (fromHand, toHand) switch
        {
            (true, true) when from.Seat != toSeat => [from.Seat, toSeat],
            (true, _) => [from.Seat],
            (false, true) => [toSeat],
            _ => [],
        };
    }

    private void RemoveFromZone(int id, CardLocation at)
    {
        switch (at.Zone)
        {
            case ZoneKind.DrawPile: DrawPile.Remove(id); break;
            case ZoneKind.DiscardPile: DiscardPile.Remove(id); break;
            case ZoneKind.Processing: Processing.Remove(id); break;
            case ZoneKind.Hand: Players[at.Seat].Hand.Remove(id); break;
            case ZoneKind.Judge: Players[at.Seat].Judge.Remove(id); break;
            case ZoneKind.Equipment:
                var eq = Players[at.Seat].Equip;
                eq[Array.IndexOf(eq, id)] = -1;
                break;
        }
    }

    private void AddToZone(int id, ZoneKind to, int seat)
    {
        switch (to)
        {
            case ZoneKind.DrawPile: DrawPile.Add(id); break;
            case ZoneKind.DiscardPile: DiscardPile.Add(id); break;
            case ZoneKind.Processing: Processing.Add(id); break;
            case ZoneKind.Hand: Players[seat].Hand.Add(id); break;
            case ZoneKind.Judge: Players[seat].Judge.Add(id); break;
            case ZoneKind.Equipment: Players[seat].Equip[(int)CardRules.SlotOf(Cards[id].Name)] = id; break;
        }

        Locations[id] = new CardLocation(to, to.IsOwned() ? seat : -1);
    }

    private void Reshuffle()
    {
        if (DiscardPile.Count == 0)
        {
            EndGame(WinningSide.Draw, []);
        }

        var cards = DiscardPile.ToList();
        Rng.Shuffle(cards);
        DiscardPile.Clear();
        foreach (var id in cards)
        {
            DrawPile.Add(id);
            Locations[id] = new CardLocation(ZoneKind.DrawPile, -1);
        }

        Emit(Ev(EventKind.Reshuffled) with { Count = cards.Count });
    }

    /// <summary>Draws cards from the top of the draw pile into a hand.</summary>
    internal void Draw(int seat, int n)
    {
        for (var i = 0; i < n; i++)
        {
            if (DrawPile.Count == 0)
            {
                Reshuffle();
            }

            Move([DrawPile[^1]], ZoneKind.Hand, seat);
        }
    }

    /// <summary>Turns the top card of the draw pile face up into the processing area.</summary>
    internal int Reveal()
    {
        if (DrawPile.Count == 0)
        {
            Reshuffle();
        }

        var id = DrawPile[^1];
        Move([id], ZoneKind.Processing);
        return id;
    }

    /// <summary>Puts cards into the discard pile.</summary>
    internal void Discard(IReadOnlyList<int> cards)
    {
        if (cards.Count > 0)
        {
            Move(cards, ZoneKind.DiscardPile);
        }
    }

    /// <summary>All cards a seat holds in hand and equipment.</summary>
    internal List<int> HandAndEquip(int seat) =>
        [.. Players[seat].Hand, .. Players[seat].Equip.Where(e => e >= 0)];
}
