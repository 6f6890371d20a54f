using System.Globalization;
using SanguoOrleans.Game.Cards;

namespace SanguoOrleans.Cli.Commands.Play;

/// <summary>Cards as players know them: Chinese name, suit symbol and rank, e.g. 杀♠7.</summary>
public static class CardLabel
{
    /// <summary>The printed label of a card id, or "#id" for an id outside the deck.</summary>
    public static string Of(int id)
    {
        if (id < 0 || id >= CardCatalog.All.Length)
        {
            return "#" + id.ToString(CultureInfo.InvariantCulture);
        }

        var card = CardCatalog.All[id];
        return CardText.Chinese(card.Name) + Symbol(card.Suit) + Rank(card.Number);
    }

    /// <summary>Several cards, comma-separated.</summary>
    public static string Of(IEnumerable<int> ids) => string.Join(", ", ids.Select(Of));

    private static string Symbol(Suit suit) => suit switch
    {
        Suit.Spade => "♠",
        Suit.Heart => "♥",
        Suit.Club => "♣",
        _ => "♦",
    };

    private static string Rank(int number) => number switch
    {
        1 => "A",
        11 => "J",
        12 => "Q",
        13 => "K",
        _ => number.ToString(CultureInfo.InvariantCulture),
    };
}
