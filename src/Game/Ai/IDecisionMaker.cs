using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Views;

namespace SanguoOrleans.Game.Ai;

/// <summary>Decides from what its player may see (its view and its copy of the request), so it cannot cheat.</summary>
public interface IDecisionMaker
{
    /// <summary>Answers <paramref name="request"/> for <c>request.Seat</c>.</summary>
    Decision Decide(PlayerView view, DecisionRequest request);

    /// <summary>
    /// Answers <paramref name="request"/> for <c>request.Seat</c> of a live game. The default builds that seat's
    /// <see cref="GameEngine.ViewFor"/>; the engine's own AIs read the same facts from the live state without copying.
    /// </summary>
    Decision Decide(GameEngine game, DecisionRequest request)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(request);
        return Decide(game.ViewFor(request.Seat), request);
    }
}
