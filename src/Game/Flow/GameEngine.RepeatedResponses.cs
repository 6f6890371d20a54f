using System.Runtime.CompilerServices;
using SanguoOrleans.Game.Cards;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    private static readonly CardName[] JinkOnly = [CardName.Jink];
    private static readonly CardName[] SlashOnly = [CardName.Slash];

    /// <summary>
    /// Asks the target of a 杀 for as many 闪 as the user demands (two under 无双; 八卦阵 may judge for each);
    /// true when all of them were played, which cancels the 杀. The later asks say "slash_again".
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private RuleTask<bool> JinksCancel(CardUse use, int target)
    {
        var needed = ResponsesNeeded(use.User, use, target);
        return needed == 1 ? AskForCard(target, JinkOnly, "slash", use.User, use) : AskForJinks(use, target, needed);
    }

    private async RuleTask<bool> AskForJinks(CardUse use, int target, int needed)
    {
        for (var played = 0; played < needed; played++)
        {
            if (!await AskForCard(target, JinkOnly, played == 0 ? "slash" : "slash_again", use.User, use))
            {
                return false;
            }
        }

        return true;
    }
}
