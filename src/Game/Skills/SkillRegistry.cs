using SanguoOrleans.Game.Skills.Standard;

namespace SanguoOrleans.Game.Skills;

/// <summary>Skills by id. One instance per game setup; nothing global.</summary>
public sealed class SkillRegistry
{
    private readonly Dictionary<string, ISkill> skills = [];
    private readonly Dictionary<string, IStatusSkill> statusSkills = [];
    private readonly Dictionary<string, IViewAsSkill> viewAsSkills = [];
    private readonly Dictionary<string, IActiveSkill> activeSkills = [];
    private readonly Dictionary<string, IRescueSkill> rescueSkills = [];

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

    /// <summary>Registers a view-as skill; returns this registry for chaining.</summary>
    public SkillRegistry Add(IViewAsSkill skill)
    {
        ArgumentNullException.ThrowIfNull(skill);
        viewAsSkills[skill.Id] = skill;
        return this;
    }

    /// <summary>Registers an active play-phase skill; returns this registry for chaining.</summary>
    public SkillRegistry Add(IActiveSkill skill)
    {
        ArgumentNullException.ThrowIfNull(skill);
        activeSkills[skill.Id] = skill;
        return this;
    }

    /// <summary>Registers a rescue skill; returns this registry for chaining.</summary>
    public SkillRegistry Add(IRescueSkill skill)
    {
        ArgumentNullException.ThrowIfNull(skill);
        rescueSkills[skill.Id] = skill;
        return this;
    }

    /// <summary>Finds a view-as skill by id.</summary>
    public IViewAsSkill? FindViewAs(string id) => viewAsSkills.GetValueOrDefault(id);

    /// <summary>Finds an active skill by id.</summary>
    public IActiveSkill? FindActive(string id) => activeSkills.GetValueOrDefault(id);

    /// <summary>Finds a rescue skill by id.</summary>
    public IRescueSkill? FindRescue(string id) => rescueSkills.GetValueOrDefault(id);

    /// <summary>Number of view-as, active and rescue skills: zero lets the engine skip looking for them.</summary>
    public int PlayerSkillCount => viewAsSkills.Count + activeSkills.Count + rescueSkills.Count;

    /// <summary>Finds a status skill by id.</summary>
    public IStatusSkill? FindStatus(string id) => statusSkills.GetValueOrDefault(id);

    /// <summary>Number of registered status skills.</summary>
    public int StatusCount => statusSkills.Count;

    /// <summary>Finds a skill by id.</summary>
    public ISkill? Find(string id) => skills.GetValueOrDefault(id);

    /// <summary>Number of registered skills.</summary>
    public int Count => skills.Count;
}
