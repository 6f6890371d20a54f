using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Skills;

/// <summary>A triggered skill: a small class registered by id in a <see cref="SkillRegistry"/>.</summary>
public interface ISkill
{
    /// <summary>Registry id, e.g. "jianxiong".</summary>
    string Id { get; }

    /// <summary>锁定技: triggers without asking its owner.</summary>
    bool IsLocked { get; }

    /// <summary>Timings this skill listens to.</summary>
    IReadOnlyList<TriggerTiming> Timings { get; }

    /// <summary>
    /// Whether the skill can trigger for its owner <paramref name="owner"/> now. A pure query: the engine also asks
    /// it to find out whether a timing has any listener at all.
    /// </summary>
    bool CanTrigger(GameEngine engine, int owner, TriggerData data);

    /// <summary>Resolves the skill's effect.</summary>
    RuleTask Resolve(GameEngine engine, int owner, TriggerData data);

    /// <summary>
    /// Whether this triggering resolves without asking: locked skills, and a skill's part that an earlier choice
    /// committed (洛神 obtaining its card, 裸衣's damage after drawing fewer).
    /// </summary>
    bool IsCompulsory(TriggerData data) => IsLocked;

    /// <summary>
    /// Asks the owner whether (and how) to invoke: true to resolve. <paramref name="chosen"/> is true when the owner
    /// already picked this skill from the order request, which counts as consent. Skills that need a choice to
    /// invoke (a card to pay, a new target) ask it here and keep it in <paramref name="data"/>.
    /// </summary>
    RuleTask<bool> Cost(GameEngine engine, int owner, TriggerData data, bool chosen) =>
        chosen || IsCompulsory(data) ? FinishedBool.True : engine.AskToInvoke(owner, Id, data);
}
