namespace SanguoOrleans.Game.Cards;

/// <summary>One physical card: id (0-based position in the full 160-card table), name, suit and number (A=1 … K=13).</summary>
public sealed record Card(int Id, CardName Name, Suit Suit, int Number);
