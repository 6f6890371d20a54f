using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>咆哮 (张飞), locked: no limit on 杀 uses in your play phase.</summary>
internal sealed class Paoxiao : IStatusSkill
{
    public string Id => "paoxiao";

    public bool UnlimitedSlash(GameEngine engine, int owner) => true;
}
