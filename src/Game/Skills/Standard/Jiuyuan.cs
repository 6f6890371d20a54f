using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Heroes;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>救援 (locked lord skill): another Wu character's 桃 saving the dying lord recovers 1 more.</summary>
internal sealed class Jiuyuan : IRescueSkill
{
    public string Id => "jiuyuan";

    public int ExtraRecovery(GameEngine engine, int owner, int saver) =>
        saver != owner && engine.Players[saver].Hero?.Kingdom == Kingdom.Wu ? 1 : 0;
}
