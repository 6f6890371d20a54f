namespace SanguoOrleans.Game.Skills.Standard;

internal static partial class StandardSkills
{
    static partial void AddConversionSkills(SkillRegistry registry) => registry
        .Add(new Wusheng())
        .Add(new Longdan())
        .Add(new Qingguo())
        .Add(new Qixi())
        .Add(new Guose())
        .Add(new Jijiu());
}
