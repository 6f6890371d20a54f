using SanguoOrleans.Game.Cards;

namespace SanguoOrleans.Game.Ai;

/// <summary>How much the AI wants to keep a card (higher = keep).</summary>
internal static class CardValue
{
    public static int Of(CardName name) => name switch
    {
        CardName.Peach => 10,
        CardName.Nullification => 8,
        CardName.Jink => 7,
        CardName.ExNihilo => 7,
        CardName.Analeptic => 6,
        CardName.Slash or CardName.FireSlash or CardName.ThunderSlash => 5,
        CardName.Snatch or CardName.Dismantlement or CardName.Duel or CardName.Indulgence => 5,
        CardName.SavageAssault or CardName.ArcheryAttack => 4,
        _ when CardRules.TypeOf(name) == CardType.Equipment => 3,
        _ => 2,
    };

    /// <summary>Card ids ordered from least to most valuable.</summary>
    public static List<int> Cheapest(IEnumerable<int> cards) =>
        [.. cards.OrderBy(c => Of(CardCatalog.All[c].Name)).ThenBy(c => c)];
}
