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

    /// <summary>
    /// Whether the owner is asked before this resolution. By default every skill that is not locked asks; a skill
    /// whose earlier choice commits a later effect (裸衣's damage) resolves that effect without asking again.
    /// </summary>
    bool AsksOwner(GameEngine engine, int owner, TriggerData data) => !IsLocked;

    /// <summary>Resolves the skill's effect.</summary>
    RuleTask Resolve(GameEngine engine, int owner, TriggerData data);
}
