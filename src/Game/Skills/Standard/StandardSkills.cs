namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>
/// Registers the standard heroes' skills, one part per kind of skill, each part in its own file beside the skills
/// it registers.
/// </summary>
internal static partial class StandardSkills
{
    public static void AddTo(SkillRegistry registry)
    {
        AddConversionSkills(registry);
        AddActiveSkills(registry);
        AddLordSkills(registry);
        AddTriggeredSkills(registry);
        AddDrawPhaseSkills(registry);
        AddStatusSkills(registry);
    }

    /// <summary>View-as skills: 武圣, 龙胆, 倾国, 奇袭, 国色, 急救.</summary>
    static partial void AddConversionSkills(SkillRegistry registry);

    /// <summary>Play-phase skills: 仁德, 制衡, 苦肉, 反间, 结姻, 青囊, 离间.</summary>
    static partial void AddActiveSkills(SkillRegistry registry);

    /// <summary>Lord skills: 护驾, 激将, 救援.</summary>
    static partial void AddLordSkills(SkillRegistry registry);

    /// <summary>Triggered skills: 奸雄, 反馈, 刚烈, 遗计, 洛神, 观星, 铁骑, 集智, 流离, 连营, 枭姬, 闭月, 天妒, 鬼才.</summary>
    static partial void AddTriggeredSkills(SkillRegistry registry);

    /// <summary>Draw-phase replacements: 突袭, 裸衣, 英姿.</summary>
    static partial void AddDrawPhaseSkills(SkillRegistry registry);

    /// <summary>Locked and status skills: 咆哮, 马术, 空城, 奇才, 谦逊, 无双, 克己.</summary>
    static partial void AddStatusSkills(SkillRegistry registry);
}
