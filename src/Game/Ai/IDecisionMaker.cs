using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Views;

namespace SanguoOrleans.Game.Ai;

/// <summary>Decides from what its player may see (its view and its copy of the request), so it cannot cheat.</summary>
public interface IDecisionMaker
{
    /// <summary>Answers <paramref name="request"/> for <c>request.Seat</c>.</summary>
    Decision Decide(PlayerView view, DecisionRequest request);
}
