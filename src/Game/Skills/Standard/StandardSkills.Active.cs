namespace SanguoOrleans.Game.Skills.Standard;

internal static partial class StandardSkills
{
    static partial void AddActiveSkills(SkillRegistry registry) => registry
        .Add(new Rende())
        .Add(new Zhiheng())
        .Add(new Kurou())
        .Add(new Fanjian())
        .Add(new Jieyin())
        .Add(new Qingnang())
        .Add(new Lijian());
}
