using SanguoOrleans.Game.Ai;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Modes;

namespace SanguoOrleans.Game.Tests.Skills;

/// <summary>The SmartAi's answer to the pending request of a seat in a scenario.</summary>
internal static class SkillAi
{
    private static readonly SmartAi Ai = new(new GameSettings());

    public static Decision Decide(Scenario s, int seat) => Ai.Decide(s.Engine, s.Req(seat));
}
