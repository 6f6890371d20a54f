using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Views;

namespace SanguoOrleans.Game.Ai;

/// <summary>托管: the default answer, except that it dodges with 闪 and saves itself with 桃/酒.</summary>
public sealed class TrustAi : IDecisionMaker
{
    /// <inheritdoc />
    public Decision Decide(PlayerView view, DecisionRequest request) => Decide(request);

    /// <summary>Same as <see cref="Decide(PlayerView, DecisionRequest)"/>: the answer needs no view, so none is built.</summary>
    public Decision Decide(GameEngine game, DecisionRequest request) => Decide(request);

    private static Decision Decide(DecisionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var selfSave = request.Kind == RequestKind.Peach && request.Subject == request.Seat;
        var dodge = request.Kind == RequestKind.Respond && request.Wanted.Contains(CardName.Jink);
        if ((selfSave || dodge) && request.Cards.Count > 0)
        {
            return Decision.With(request, [request.Cards[0]]);
        }

        return GameEngine.DefaultDecision(request);
    }
}
