using System.Runtime.CompilerServices;
using SanguoOrleans.Game.Cards;

namespace SanguoOrleans.Game.Ai;

/// <summary>How much the AI wants to keep a card (higher = keep).</summary>
internal static class CardValue
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
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

    /// <summary>The <paramref name="n"/> least valuable card ids (fewer when there are fewer), cheapest first.</summary>
    /// <remarks>Same order as <see cref="Cheapest"/> (value, then id: a total order), by insertion sort: hands are small.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    public static int[] CheapestTake(IReadOnlyList<int> cards, int n)
    {
        var sorted = new int[cards.Count];
        var keys = new int[cards.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            var c = cards[i];
            var key = Of(CardCatalog.All[c].Name);
            var j = i;
            while (j > 0 && (keys[j - 1] > key || (keys[j - 1] == key && sorted[j - 1] > c)))
            {
                sorted[j] = sorted[j - 1];
                keys[j] = keys[j - 1];
                j--;
            }

            sorted[j] = c;
            keys[j] = key;
        }

        return sorted.Length <= n ? sorted : sorted[..n];
    }

    /// <summary>Card ids ordered from least to most valuable.</summary>
    public static List<int> Cheapest(IEnumerable<int> cards) =>
        [.. cards.OrderBy(c => Of(CardCatalog.All[c].Name)).ThenBy(c => c)];
}
