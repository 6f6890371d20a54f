using System.Runtime.CompilerServices;
using System.Collections.Frozen;
using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;
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
        return Decide(new RecordView(view), request);
    }

    /// <summary>
    /// Same answer as <see cref="Decide(PlayerView, DecisionRequest)"/> with <c>game.ViewFor(request.Seat)</c>, read
    /// from the live state (only what that seat may see) instead of a copied view.
    /// </summary>
    public Decision Decide(GameEngine game, DecisionRequest request)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(request);
        return Decide(new GameEngine.LiveView(game, request.Seat), request);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private Decision Decide<TView>(TView view, DecisionRequest request)
        where TView : struct, IAiView
    {
        if (request.Kind == RequestKind.ChooseHero)
        {
            return Decision.ChooseHero(request, HeroStrength.Best(request.Heroes));
        }

        var rel = Relations.Of(view, settings);
        if (request.Kind == RequestKind.ChooseOption && DrawPhaseSkill(view, request, rel) is { } drawPhaseAnswer)
        {
            return drawPhaseAnswer;
        }

        var answer = request.Kind switch
        {
            RequestKind.Play => Play(view, request, rel),
            RequestKind.Respond => Respond(view, request, rel),
            RequestKind.Nullify => Nullify(request, rel),
            RequestKind.Peach => Save(request, rel),
            RequestKind.SelectCards => SelectForSkill(view, request, rel) ?? Select(request, rel),
            RequestKind.ChooseCard => ChooseCard(view, request, rel),
            RequestKind.ChooseOption => ChooseForSkill(view, request, rel) ?? ChooseOption(request, rel),
            _ => null,
        };
        return answer ?? GameEngine.DefaultDecision(request);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private static Decision? Respond<TView>(TView view, DecisionRequest r, Relations rel)
        where TView : struct, IAiView
    {
        var useful = r.Reason switch
        {
            "slash" or "duel" when LoneAnswerToWushuang(view, r) => false,
            "collateral" => !rel.IsFriend(r.Subject),
            "blade" => rel.IsEnemy(r.Subject),
            "hujia" or "jijiang" => rel.IsFriend(r.Source),
            _ => true,
        };
        if (!useful)
        {
            return null;
        }

        if (Contains(r.Options, "eight_diagram"))
        {
            return Decision.Choose(r, "eight_diagram");
        }

        if (r.Cards.Count > 0)
        {
            return Decision.With(r, [r.Cards[0]]);
        }

        return Contains(r.Options, "spear") && view.Hp(r.Seat) <= 2
            ? Decision.With(r, CardValue.CheapestTake(view.OwnHand, 2), null, "spear")
            : r.Plays.Count > 0 ? AnswerBySkill(r) : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private static Decision? Select(DecisionRequest r, Relations rel)
    {
        if (r.Reason == "discard_phase" && r.MinCount > 0 && r.Cards.Count >= r.MinCount)
        {
            return Decision.With(r, DiscardPhaseCards(r));
        }

        var take = r.Reason switch
        {
            "axe" or "fire_attack" => rel.IsEnemy(r.Subject),
            "double_swords" => r.Cards.Count > 0 && CardValue.Of(CardCatalog.All[CardValue.CheapestTake(r.Cards, 1)[0]].Name) <= 3,
            _ => !r.CanPass,
        };
        return take && r.Cards.Count >= r.MinCount ? Decision.With(r, CardValue.CheapestTake(r.Cards, Math.Max(1, r.MinCount))) : null;
    }

    private static Decision? ChooseCard<TView>(TView view, DecisionRequest r, Relations rel)
        where TView : struct, IAiView
    {
        if (r.Reason == "amazing_grace")
        {
            return Decision.With(r, [r.Cards.OrderByDescending(c => CardValue.Of(CardCatalog.All[c].Name)).First()]);
        }

        if (r.Reason == "kylin_bow")
        {
            return rel.IsEnemy(r.Subject) && r.Cards.Count > 0 ? Decision.With(r, [r.Cards[0]]) : null;
        }

        var owner = r.Subject;
        if (!rel.IsEnemy(owner))
        {
            var judge = view.Judge(owner);
            for (var iC = 0; iC < r.Cards.Count; iC++)
            {
                var c = r.Cards[iC];
                if (Contains(judge, c) && CardCatalog.All[c].Name != CardName.Lightning)
                {
                    return Decision.With(r, [c]);
                }
            }
        }

        // Equipment first, armor before weapon before the horses: {1, 0, 2, 3}.
        var best = -1;
        var bestRank = int.MaxValue;
        for (var iC = 0; iC < r.Cards.Count; iC++)
        {
            var c = r.Cards[iC];
            var slot = SlotOf(view, owner, c);
            var rank = slot switch { 1 => 0, 0 => 1, 2 => 2, 3 => 3, _ => -1 };
            if (slot >= 0 && rank < bestRank)
            {
                (best, bestRank) = (c, rank);
            }
        }

        if (rel.IsEnemy(owner) && BlockingHorse(view, r.Seat, owner) is var horse && horse >= 0 && Contains(r.Cards, horse))
        {
            return Decision.With(r, [horse]);
        }

        if (best >= 0 && (rel.IsEnemy(owner) || !Contains(r.Options, "hand")))
        {
            return Decision.With(r, [best]);
        }

        return Contains(r.Options, "hand") ? Decision.Choose(r, "hand") : Decision.With(r, [r.Cards[0]]);
    }

    /// <summary>The enemy's +1 horse when it alone keeps him out of the AI's attack range, else −1.</summary>
    private static int BlockingHorse<TView>(TView view, int me, int enemy)
        where TView : struct, IAiView
    {
        var horse = me >= 0 ? view.Equip(enemy, (int)EquipSlot.DefensiveHorse) : -1;
        if (horse < 0)
        {
            return -1;
        }

        var weapon = view.Equip(me, (int)EquipSlot.Weapon);
        var range = weapon >= 0 ? CardRules.WeaponRange(CardCatalog.All[weapon].Name) : 1;
        var distance = SeatDistance(view, me, enemy);
        return distance > range && distance - 1 <= range ? horse : -1;
    }

    private static int SlotOf<TView>(TView view, int seat, int card)
        where TView : struct, IAiView
    {
        for (var slot = 0; slot < 4; slot++)
        {
            if (view.Equip(seat, slot) == card)
            {
                return slot;
            }
        }

        return -1;
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private static bool Contains(IReadOnlyList<int> list, int value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return true;
            }
        }

        return false;
    }
}
