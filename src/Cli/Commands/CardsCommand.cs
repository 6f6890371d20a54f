using System.CommandLine;
using System.Text.Json;
using SanguoOrleans.Game.Cards;

namespace SanguoOrleans.Cli.Commands;

/// <summary><c>sanguo cards</c>: lists the deck of the rules engine, as text or as JSON lines.</summary>
internal static class CardsCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json")
        {
            Description = "Print JSON lines: one JSON object per card and per line (not an array), with id, name, chinese, suit, number, type and, for equipment, slot.",
        };
        var deck = new Option<string>("--deck")
        {
            Description = "full (160 cards: standard + EX + 军争, ids 0–159) or standard (108 cards, ids 0–107).",
            DefaultValueFactory = _ => "full",
        };
        deck.AcceptOnlyFromAmong("full", "standard");
        var command = new Command("cards", "Lists every card of the deck (id, name, suit, number, type).") { json, deck };
        command.SetAction(parse =>
        {
            var cards = CardCatalog.Deck(withManeuvering: parse.GetValue(deck) == "full");
            foreach (var card in cards)
            {
                var row = CardRow.Of(card);
                Console.Out.WriteLine(parse.GetValue(json)
                    ? JsonSerializer.Serialize(row, CliJson.Options)
                    : $"{row.Id,3}  {row.Suit,-7} {row.Number,2}  {row.Type,-13} {row.Name} {row.Chinese}");
            }

            return 0;
        });
        return command;
    }

    private sealed record CardRow(int Id, string Name, string Chinese, string Suit, int Number, string Type, string? Slot)
    {
        public static CardRow Of(Card card)
        {
            var type = CardRules.TypeOf(card.Name);
            return new CardRow(
                card.Id,
                card.Name.ToString(),
                CardText.Chinese(card.Name),
                card.Suit.ToString().ToLowerInvariant(),
                card.Number,
                type == CardType.DelayedTrick ? "delayed_trick" : type.ToString().ToLowerInvariant(),
                type == CardType.Equipment ? SlotName(CardRules.SlotOf(card.Name)) : null);
        }

        private static string SlotName(EquipSlot slot) => slot switch
        {
            EquipSlot.Weapon => "weapon",
            EquipSlot.Armor => "armor",
            EquipSlot.DefensiveHorse => "defensive_horse",
            _ => "offensive_horse",
        };
    }
}
