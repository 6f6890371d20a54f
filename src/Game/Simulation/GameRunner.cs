using System.Runtime.CompilerServices;
using SanguoOrleans.Game.Ai;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Simulation;

/// <summary>Drives one engine with decision makers until the game ends.</summary>
public static class GameRunner
{
    /// <summary>Plays the game to its end; AIs answer races in seat order, the first non-pass wins.</summary>
    public static void RunToEnd(GameEngine engine, Func<int, IDecisionMaker> seatAi, int maxDecisions = 50_000)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(seatAi);
        for (var n = 0; !engine.IsOver; n++)
        {
            if (n > maxDecisions)
            {
                throw new InvalidOperationException($"game did not end after {maxDecisions} decisions");
            }

            Step(engine, seatAi);
        }
    }

    /// <summary>Answers one pending request copy.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    public static void Step(GameEngine engine, Func<int, IDecisionMaker> seatAi)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(seatAi);
        var request = FirstUnanswered(engine);
        var decision = seatAi(request.Seat).Decide(engine, request);
        if (!engine.Submit(decision).Accepted)
        {
            // An AI mistake must not stall a table: fall back to the time-out answer.
            var fallback = engine.Submit(GameEngine.DefaultDecision(request));
            if (!fallback.Accepted)
            {
                throw new InvalidOperationException($"default decision refused: {fallback.Message}");
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private static DecisionRequest FirstUnanswered(GameEngine engine)
    {
        var pending = engine.Pending;
        for (var i = 0; i < pending.Count; i++)
        {
            if (engine.PendingFor(pending[i].Seat) is not null)
            {
                return pending[i];
            }
        }

        throw new InvalidOperationException("the game waits on no one");
    }
}
