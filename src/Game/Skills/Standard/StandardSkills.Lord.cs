using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Heroes;

namespace SanguoOrleans.Game.Skills.Standard;

internal static partial class StandardSkills
{
    static partial void AddLordSkills(SkillRegistry registry) => registry
        .Add(new KingdomAid("hujia", CardName.Jink, Kingdom.Wei))
        .Add(new KingdomAid("jijiang", CardName.Slash, Kingdom.Shu))
        .Add(new Jiuyuan());
}
