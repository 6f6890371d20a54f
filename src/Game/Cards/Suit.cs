namespace SanguoOrleans.Game.Cards;

/// <summary>Card suit.</summary>
public enum Suit
{
    /// <summary>♠</summary>
    Spade,
    /// <summary>♥</summary>
    Heart,
    /// <summary>♣</summary>
    Club,
    /// <summary>♦</summary>
    Diamond,
}

/// <summary>Colour helpers for suits.</summary>
public static class SuitExtensions
{
    /// <summary>♥ and ♦ are red.</summary>
    public static bool IsRed(this Suit suit) => suit is Suit.Heart or Suit.Diamond;

    /// <summary>♠ and ♣ are black.</summary>
    public static bool IsBlack(this Suit suit) => !suit.IsRed();
}
