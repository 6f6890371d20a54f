namespace SanguoOrleans.Game.Skills.Standard;

internal static partial class StandardSkills
{
    static partial void AddDrawPhaseSkills(SkillRegistry registry) => registry
        .Add(new Tuxi())
        .Add(new Luoyi())
        .Add(new Yingzi());
}
