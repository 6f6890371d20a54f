using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>马术 (马超), locked: your distance to other players −1.</summary>
internal sealed class Mashu : IStatusSkill
{
    public string Id => "mashu";

    public int DistanceModifier(GameEngine engine, int owner, int fromSeat, int toSeat) => fromSeat == owner ? -1 : 0;
}
