namespace SanguoOrleans.Game.Skills.Standard;

internal static partial class StandardSkills
{
    static partial void AddStatusSkills(SkillRegistry registry) => registry
        .Add(new Paoxiao())
        .Add(new Mashu())
        .Add(new Kongcheng())
        .Add(new Qicai())
        .Add(new Qianxun())
        .Add(new Wushuang())
        .Add(new Keji());
}
