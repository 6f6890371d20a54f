using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Skills;

/// <summary>
/// A play-phase skill the owner invokes (仁德, 制衡, 苦肉…): offered as a <see cref="PlayOption"/> whose action is
/// the skill id, resolved when chosen. Usage limits live in the owner's per-phase skill counters, not here.
/// </summary>
public interface IActiveSkill
{
    /// <summary>Registry id, e.g. "zhiheng"; also the action of the option it offers.</summary>
    string Id { get; }

    /// <summary>The option offered to <paramref name="owner"/> in the play phase now, or null when it cannot be used.</summary>
    PlayOption? OptionFor(GameEngine engine, int owner);

    /// <summary>Resolves the skill with the chosen cards and targets (already checked against <see cref="OptionFor"/>).</summary>
    RuleTask Resolve(GameEngine engine, int owner, IReadOnlyList<int> cards, IReadOnlyList<int> targets);
}
