using System.Collections.Frozen;
using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Heroes;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Views;

namespace SanguoOrleans.Game.Ai;

/// <summary>Role-aware heuristic AI: rebels attack the lord, loyalists protect, the renegade balances.</summary>
public sealed partial class SmartAi(GameSettings settings) : IDecisionMaker
{
    private static readonly FrozenSet<CardName> Harmful = FrozenSet.ToFrozenSet(
    [
        CardName.Dismantlement, CardName.Snatch, CardName.Duel, CardName.Collateral, CardName.SavageAssault,
        CardName.ArcheryAttack, CardName.Indulgence, CardName.SupplyShortage, CardName.Lightning, CardName.FireAttack,
        CardName.IronChain,
    ]);

    /// <inheritdoc />
    public Decision Decide(PlayerView view, DecisionRequest request)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Kind == RequestKind.ChooseHero)
        {
            return Decision.ChooseHero(request, request.Heroes.OrderByDescending(h => HeroCatalog.Get(h).MaxHp).First());
        }

        var rel = new Relations(view, settings);
        var answer = request.Kind switch
        {
            RequestKind.Play => Play(view, request, rel),
            RequestKind.Respond => Respond(view, request, rel),
            RequestKind.Nullify => Nullify(request, rel),
            RequestKind.Peach => request.Subject == request.Seat || rel.IsFriend(request.Subject)
                ? Decision.With(request, [request.Cards[0]])
                : null,
            RequestKind.SelectCards => Select(request, rel),
            RequestKind.ChooseCard => ChooseCard(view, request, rel),
            RequestKind.ChooseOption => ChooseOption(request, rel),
            _ => null,
        };
        return answer ?? GameEngine.DefaultDecision(request);
    }

    private static Decision? Respond(PlayerView view, DecisionRequest r, Relations rel)
    {
        var useful = r.Reason switch
        {
            "collateral" => !rel.IsFriend(r.Subject),
            "blade" => rel.IsEnemy(r.Subject),
            _ => true,
        };
        if (!useful)
        {
            return null;
        }

        if (r.Options.Contains("eight_diagram"))
        {
            return Decision.Choose(r, "eight_diagram");
        }

        if (r.Cards.Count > 0)
        {
            return Decision.With(r, [r.Cards[0]]);
        }

        var me = view.Seats[r.Seat];
        return r.Options.Contains("spear") && me.Hp <= 2
            ? Decision.With(r, [.. CardValue.Cheapest(me.Hand).Take(2)], null, "spear")
            : null;
    }

    private static Decision? Nullify(DecisionRequest r, Relations rel)
    {
        // The chain depth says whether playing now cancels (even depth) or restores (odd depth) the trick.
        var harmful = Harmful.Contains(r.Trick ?? CardName.Slash) || r.Trick == CardName.Nullification;
        var wantCancel = harmful ? !rel.IsEnemy(r.Subject) && rel.Of(r.Subject) != Attitude.Unknown : rel.IsEnemy(r.Subject) && r.Trick == CardName.ExNihilo;
        if (r.Depth > 0)
        {
            // Against a nullification: play when the original effect is one we want to go through.
            wantCancel = r.Source >= 0 && rel.IsEnemy(r.Source);
        }

        return wantCancel ? Decision.With(r, [r.Cards[0]]) : null;
    }

    private static Decision? Select(DecisionRequest r, Relations rel)
    {
        var cheapest = CardValue.Cheapest(r.Cards);
        var take = (r.Reason switch
        {
            "axe" or "fire_attack" => rel.IsEnemy(r.Subject),
            "double_swords" => CardValue.Of(CardCatalog.All[cheapest[0]].Name) <= 3,
            _ => !r.CanPass,
        }) && cheapest.Count >= r.MinCount;
        return take ? Decision.With(r, [.. cheapest.Take(Math.Max(1, r.MinCount))]) : null;
    }

    private static Decision? ChooseCard(PlayerView view, DecisionRequest r, Relations rel)
    {
        if (r.Reason == "amazing_grace")
        {
            return Decision.With(r, [r.Cards.OrderByDescending(c => CardValue.Of(CardCatalog.All[c].Name)).First()]);
        }

        if (r.Reason == "kylin_bow")
        {
            return rel.IsEnemy(r.Subject) && r.Cards.Count > 0 ? Decision.With(r, [r.Cards[0]]) : null;
        }

        var owner = view.Seats[r.Subject];
        if (!rel.IsEnemy(r.Subject))
        {
            var bad = r.Cards.FirstOrDefault(c => owner.Judge.Contains(c) && CardCatalog.All[c].Name != CardName.Lightning, -1);
            if (bad >= 0)
            {
                return Decision.With(r, [bad]);
            }
        }

        var armorFirst = r.Cards.Where(owner.Equipment.Contains).OrderBy(c => Array.IndexOf([1, 0, 2, 3], owner.Equipment.ToList().IndexOf(c))).ToList();
        if (armorFirst.Count > 0 && (rel.IsEnemy(r.Subject) || !r.Options.Contains("hand")))
        {
            return Decision.With(r, [armorFirst[0]]);
        }

        return r.Options.Contains("hand") ? Decision.Choose(r, "hand") : Decision.With(r, [r.Cards[0]]);
    }

    private static Decision? ChooseOption(DecisionRequest r, Relations rel)
    {
        var yes = r.Reason switch
        {
            "ice_sword" => !rel.IsEnemy(r.Subject),
            _ => true,
        };
        return yes ? Decision.Choose(r, r.Options[0]) : null;
    }
}
