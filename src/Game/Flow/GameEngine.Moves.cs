using System.Runtime.CompilerServices;
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
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

    /// <summary>Moves one card (same as <see cref="Move"/> with a one-card list, without building the list twice).</summary>
    internal void MoveCard(int id, ZoneKind to, int toSeat = -1, bool reveal = false) =>
        MoveGroup(Locations[id], [id], to, toSeat, reveal);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private void MoveGroup(CardLocation from, int[] ids, ZoneKind to, int toSeat, bool reveal)
    {
        var silverLionLost = false;
        foreach (var id in ids)
        {
            RemoveFromZone(id, from);
            AddToZone(id, to, toSeat);
            silverLionLost |= from.Zone == ZoneKind.Equipment && Cards[id].Name == CardName.SilverLion;
        }

        if (reveal || from.Zone.IsPublic() || to.IsPublic())
        {
            events.Add(new GameEvent(events.Count, EventKind.CardsMoved, Visibility.Everyone, NoIds)
            {
                Cards = ids, Count = ids.Length, From = from.Zone, FromSeat = from.Seat, To = to, ToSeat = toSeat,
            });
        }
        else
        {
            // The full event for the hands' owners and its redacted twin, each built once.
            var audience = HandOwners(from, to, toSeat);
            events.Add(new GameEvent(events.Count, EventKind.CardsMoved, Visibility.Only, audience)
            {
                Cards = ids, Count = ids.Length, From = from.Zone, FromSeat = from.Seat, To = to, ToSeat = toSeat,
            });
            events.Add(new GameEvent(events.Count, EventKind.CardsMoved, Visibility.AllExcept, audience)
            {
                Cards = NoIds, Count = ids.Length, From = from.Zone, FromSeat = from.Seat, To = to, ToSeat = toSeat,
            });
        }

        NoteLoss(from, ids);

        // 白银狮子: losing it from the equipment area heals its owner.
        if (silverLionLost && Players[from.Seat].Alive && Players[from.Seat].IsWounded)
        {
            Recover(from.Seat, 1, -1);
        }
    }

    /// <summary>The seats allowed to see the ids of a hidden move: the owners of the hands involved.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private int[] HandOwners(CardLocation from, ZoneKind to, int toSeat)
    {
        var fromHand = from.Zone == ZoneKind.Hand;
        var toHand = to == ZoneKind.Hand;
        return (fromHand, toHand) switch
        {
            (true, true) when from.Seat != toSeat => HandAudience(from.Seat, toSeat),
            (true, _) => HandAudience(from.Seat),
            (false, true) => HandAudience(toSeat),
            _ => NoIds,
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private void RemoveFromZone(int id, CardLocation at)
    {
        switch (at.Zone)
        {
            case ZoneKind.DrawPile: DrawPile.Remove(id); break;
            case ZoneKind.DiscardPile: DiscardPile.Remove(id); break;
            case ZoneKind.Processing: Processing.Remove(id); break;
            case ZoneKind.Hand:
                Players[at.Seat].Hand.Remove(id);
                Players[at.Seat].NullificationsInHand -= Cards[id].Name == CardName.Nullification ? 1 : 0;
                break;
            case ZoneKind.Judge: Players[at.Seat].Judge.Remove(id); break;
            case ZoneKind.Equipment:
                var eq = Players[at.Seat].Equip;
                eq[Array.IndexOf(eq, id)] = -1;
                break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private void AddToZone(int id, ZoneKind to, int seat)
    {
        switch (to)
        {
            case ZoneKind.DrawPile: DrawPile.Add(id); break;
            case ZoneKind.DiscardPile: DiscardPile.Add(id); break;
            case ZoneKind.Processing: Processing.Add(id); break;
            case ZoneKind.Hand:
                Players[seat].Hand.Add(id);
                Players[seat].NullificationsInHand += Cards[id].Name == CardName.Nullification ? 1 : 0;
                break;
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

        // Under what is left of the draw pile (a look at the top may reshuffle before the pile is empty).
        DrawPile.InsertRange(0, cards);
        foreach (var id in cards)
        {
            Locations[id] = new CardLocation(ZoneKind.DrawPile, -1);
        }

        Emit(new GameEvent(events.Count, EventKind.Reshuffled, Visibility.Everyone, NoIds) { Count = cards.Count });
    }

    /// <summary>Draws cards from the top of the draw pile into a hand.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal void Draw(int seat, int n)
    {
        for (var i = 0; i < n; i++)
        {
            if (DrawPile.Count == 0)
            {
                Reshuffle();
            }

            MoveCard(DrawPile[^1], ZoneKind.Hand, seat);
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
        MoveCard(id, ZoneKind.Processing);
        return id;
    }

    /// <summary>
    /// Shows the top <paramref name="n"/> cards of the draw pile to <paramref name="seat"/> alone (观星, 遗计); returns
    /// them top first. The cards stay in the draw pile.
    /// </summary>
    internal IReadOnlyList<int> PeekTop(int seat, int n)
    {
        if (DrawPile.Count < n && DiscardPile.Count > 0)
        {
            Reshuffle();
        }

        n = Math.Min(n, DrawPile.Count);
        var top = new int[n];
        for (var i = 0; i < n; i++)
        {
            top[i] = DrawPile[DrawPile.Count - 1 - i];
        }

        EmitSplit(SeatList(seat), Ev(EventKind.CardsSeen) with { Seat = seat, Cards = top, Count = n }, Ev(EventKind.CardsSeen) with { Seat = seat, Count = n });
        return top;
    }

    /// <summary>
    /// Rearranges cards taken from the top of the draw pile: <paramref name="top"/> go back on top (first = top card),
    /// <paramref name="bottom"/> go to the bottom (last = bottom card).
    /// </summary>
    internal void ArrangeDrawPile(IReadOnlyList<int> top, IReadOnlyList<int> bottom)
    {
        foreach (var id in top.Concat(bottom))
        {
            DrawPile.Remove(id);
        }

        for (var i = 0; i < bottom.Count; i++)
        {
            DrawPile.Insert(0, bottom[i]);
        }

        for (var i = top.Count - 1; i >= 0; i--)
        {
            DrawPile.Add(top[i]);
        }
    }

    /// <summary>Puts cards into the discard pile.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal void Discard(IReadOnlyList<int> cards)
    {
        if (cards.Count > 0)
        {
            Move(cards, ZoneKind.DiscardPile);
        }
    }

    /// <summary>Puts one card into the discard pile.</summary>
    internal void DiscardCard(int id) => MoveCard(id, ZoneKind.DiscardPile);

    /// <summary>Puts those of <paramref name="cards"/> still in the processing area into the discard pile.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal void DiscardProcessed(IReadOnlyList<int> cards)
    {
        var n = 0;
        for (var i = 0; i < cards.Count; i++)
        {
            n += Locations[cards[i]].Zone == ZoneKind.Processing ? 1 : 0;
        }

        if (n == 0)
        {
            return;
        }

        var left = new int[n];
        n = 0;
        for (var i = 0; i < cards.Count; i++)
        {
            if (Locations[cards[i]].Zone == ZoneKind.Processing)
            {
                left[n++] = cards[i];
            }
        }

        Move(left, ZoneKind.DiscardPile);
    }

    /// <summary>All cards a seat holds in hand and equipment.</summary>
    internal List<int> HandAndEquip(int seat) =>
        [.. Players[seat].Hand, .. Players[seat].Equip.Where(e => e >= 0)];
}
