namespace SanguoOrleans.Game.Skills.Standard;

internal static partial class StandardSkills
{
    static partial void AddTriggeredSkills(SkillRegistry registry) => registry
        .Add(new Jianxiong())
        .Add(new Fankui())
        .Add(new Ganglie())
        .Add(new Yiji())
        .Add(new Luoshen())
        .Add(new Guanxing())
        .Add(new Tieqi())
        .Add(new Jizhi())
        .Add(new Liuli())
        .Add(new Lianying())
        .Add(new Xiaoji())
        .Add(new Biyue())
        .Add(new Tiandu())
        .Add(new Guicai());
}
