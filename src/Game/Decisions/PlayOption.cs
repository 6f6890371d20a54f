using SanguoOrleans.Game.Cards;

namespace SanguoOrleans.Game.Decisions;

/// <summary>
/// One legal play-phase action. <paramref name="Action"/> is "use", "recast" (铁索连环), "spear" (丈八蛇矛: any two
/// of <paramref name="Cards"/> as 杀) or "fan" (朱雀羽扇: a normal 杀 used as 火杀).
/// </summary>
/// <param name="Action">Kind of action.</param>
/// <param name="Cards">The card used (one id), or for "spear" the hand cards from which exactly two are chosen.</param>
/// <param name="As">The card name this use counts as.</param>
/// <param name="Targets">Legal target seats (for 借刀杀人: the weapon holders).</param>
/// <param name="MinTargets">Fewest targets to name; 0 with empty targets means fixed/automatic targets.</param>
/// <param name="MaxTargets">Most targets to name.</param>
/// <param name="SecondTargets">借刀杀人 only: for each holder in <paramref name="Targets"/> (same index), the legal 杀 victims.</param>
public sealed record PlayOption(
    string Action,
    IReadOnlyList<int> Cards,
    CardName As,
    IReadOnlyList<int> Targets,
    int MinTargets,
    int MaxTargets,
    IReadOnlyList<IReadOnlyList<int>>? SecondTargets = null);
