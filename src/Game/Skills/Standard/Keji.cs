using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>克己 (吕蒙): if you did not use or play a 杀 during your play phase, you may skip your discard phase.</summary>
internal sealed class Keji : ISkill
{
    public string Id => "keji";

    public bool IsLocked => false;

    public IReadOnlyList<TriggerTiming> Timings { get; } = [TriggerTiming.PhaseChanging];

    // Offered only when the discard phase would make the owner discard: skipping it otherwise changes nothing.
    public bool CanTrigger(GameEngine engine, int owner, TriggerData data) =>
        data.Seat == owner && data.Phase == Phase.Discard && !data.SkipPhase
        && !engine.SkippedPhases.Contains(Phase.Discard)
        && engine.Players[owner].Hand.Count > engine.HandLimit(owner)
        && !engine.SlashUsedOrPlayedIn(owner, Phase.Play);

    public RuleTask Resolve(GameEngine engine, int owner, TriggerData data)
    {
        data.SkipPhase = true;
        return RuleTask.Done;
    }
}
