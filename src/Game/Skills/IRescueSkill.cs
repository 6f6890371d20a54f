using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Skills;

/// <summary>A locked skill of a dying character that changes how much a 桃 used to save it recovers (救援).</summary>
public interface IRescueSkill
{
    /// <summary>Registry id.</summary>
    string Id { get; }

    /// <summary>Extra HP the dying <paramref name="owner"/> recovers from a 桃 used by <paramref name="saver"/>.</summary>
    int ExtraRecovery(GameEngine engine, int owner, int saver);
}
