using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Events;

/// <summary>
/// One thing that happened, with who may see it. A flat record so it serializes simply; fields unused by a kind
/// hold −1 / empty. Hidden information appears only in events whose audience may see it; a redacted twin
/// (<see cref="Visibility.AllExcept"/>) carries the same facts without the hidden card ids.
/// </summary>
public sealed record GameEvent(
    int Seq,
    EventKind Kind,
    Visibility Visibility,
    IReadOnlyList<int> Audience,
    int Seat = -1,
    int Target = -1,
    IReadOnlyList<int>? Targets = null,
    CardName? Name = null,
    IReadOnlyList<int>? Cards = null,
    int Count = 0,
    ZoneKind From = ZoneKind.DrawPile,
    int FromSeat = -1,
    ZoneKind To = ZoneKind.DrawPile,
    int ToSeat = -1,
    int Amount = 0,
    int Hp = 0,
    int MaxHp = 0,
    string? Text = null)
{
    /// <summary>Whether <paramref name="viewer"/> (a seat, or −1 for a spectator) receives this event.</summary>
    public bool IsVisibleTo(int viewer) => Visibility switch
    {
        Visibility.Everyone => true,
        Visibility.Only => Audience.Contains(viewer),
        _ => !Audience.Contains(viewer),
    };
}
