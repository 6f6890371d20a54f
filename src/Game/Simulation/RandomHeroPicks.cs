using SanguoOrleans.Game.Ai;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Random;
using SanguoOrleans.Game.Views;

namespace SanguoOrleans.Game.Simulation;

/// <summary>
/// Picks every hero uniformly from its offer, from the game seed (so the same seed picks the same heroes), and
/// leaves every other decision to <paramref name="inner"/>: balance tables and property tests then see every hero
/// about as often, instead of the few an AI prefers.
/// </summary>
public sealed class RandomHeroPicks(IDecisionMaker inner, ulong seed) : IDecisionMaker
{
    /// <inheritdoc/>
    public Decision Decide(PlayerView view, DecisionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Kind == RequestKind.ChooseHero ? Pick(request) : inner.Decide(view, request);
    }

    /// <inheritdoc/>
    public Decision Decide(GameEngine game, DecisionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Kind == RequestKind.ChooseHero ? Pick(request) : inner.Decide(game, request);
    }

    private Decision Pick(DecisionRequest request)
    {
        var state = seed ^ ((ulong)request.Id << 16) ^ (ulong)request.Seat;
        var index = (int)(Xoshiro256StarStar.SplitMix64(ref state) % (ulong)request.Heroes.Count);
        return Decision.ChooseHero(request, request.Heroes[index]);
    }
}
