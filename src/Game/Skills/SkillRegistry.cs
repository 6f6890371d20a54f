using SanguoOrleans.Game.Skills.Standard;

namespace SanguoOrleans.Game.Skills;

/// <summary>Skills by id. One instance per game setup; nothing global.</summary>
public sealed class SkillRegistry
{
    private readonly Dictionary<string, ISkill> skills = [];
    private readonly Dictionary<string, IStatusSkill> statusSkills = [];

    /// <summary>The skills of the 25 standard heroes.</summary>
    public static SkillRegistry Standard()
    {
        var registry = new SkillRegistry();
        StandardSkills.AddTo(registry);
        return registry;
    }

    /// <summary>Registers a skill; returns this registry for chaining.</summary>
    public SkillRegistry Add(ISkill skill)
    {
        ArgumentNullException.ThrowIfNull(skill);
        skills[skill.Id] = skill;
        return this;
    }

    /// <summary>Registers a status skill; returns this registry for chaining.</summary>
    public SkillRegistry Add(IStatusSkill skill)
    {
        ArgumentNullException.ThrowIfNull(skill);
        statusSkills[skill.Id] = skill;
        return this;
    }

    /// <summary>Finds a status skill by id.</summary>
    public IStatusSkill? FindStatus(string id) => statusSkills.GetValueOrDefault(id);

    /// <summary>Number of registered status skills.</summary>
    public int StatusCount => statusSkills.Count;

    /// <summary>Finds a skill by id.</summary>
    public ISkill? Find(string id) => skills.GetValueOrDefault(id);

    /// <summary>Number of registered skills.</summary>
    public int Count => skills.Count;
}
