using SanguoOrleans.Game.Cards;

namespace SanguoOrleans.Game.Decisions;

/// <summary>
/// One legal action. <paramref name="Action"/> is "use", "recast" (铁索连环), "spear" (丈八蛇矛: any two of
/// <paramref name="Cards"/> as 杀), "fan" (朱雀羽扇: a normal 杀 used as 火杀), or a skill id: a view-as skill (its
/// cards used or played as <paramref name="As"/>) or an active skill. In Respond and Peach requests the options are
/// the view-as skills that can answer, with no targets.
/// </summary>
/// <param name="Action">Kind of action.</param>
/// <param name="Cards">The cards from which <paramref name="MinCards"/>–<paramref name="MaxCards"/> are chosen (one id for a plain use).</param>
/// <param name="As">The card name this use counts as; for an active skill, the card its effect is closest to (仁德, 青囊 and 结姻: 桃; 制衡 and 苦肉: 无中生有; 反间 and 离间: 决斗).</param>
/// <param name="Targets">Legal target seats (for 借刀杀人: the weapon holders).</param>
/// <param name="MinTargets">Fewest targets to name; 0 with empty targets means fixed/automatic targets.</param>
/// <param name="MaxTargets">Most targets to name.</param>
/// <param name="SecondTargets">借刀杀人 only: for each holder in <paramref name="Targets"/> (same index), the legal 杀 victims.</param>
/// <param name="MinCards">Fewest cards to choose (0: a skill that needs no card).</param>
/// <param name="MaxCards">Most cards to choose.</param>
public sealed record PlayOption(
    string Action,
    IReadOnlyList<int> Cards,
    CardName As,
    IReadOnlyList<int> Targets,
    int MinTargets,
    int MaxTargets,
    IReadOnlyList<IReadOnlyList<int>>? SecondTargets = null,
    int MinCards = 1,
    int MaxCards = 1);
