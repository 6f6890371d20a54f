namespace SanguoOrleans.Game.Zones;

/// <summary>A card's zone and, for hand/equipment/judge, its owner's seat (−1 otherwise).</summary>
public readonly record struct CardLocation(ZoneKind Zone, int Seat);
