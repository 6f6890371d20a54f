using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    /// <summary>The effect of a normal trick on one target (after nullification).</summary>
    private async RuleTask TrickEffect(CardUse use, int t)
    {
        var user = use.User;
        switch (use.Name)
        {
            case CardName.Dismantlement:
                var dropped = await ChooseCardOf(user, t, includeJudge: true, "dismantlement");
                if (dropped >= 0)
                {
                    DiscardCard(dropped);
                }

                break;
            case CardName.Snatch:
                var taken = await ChooseCardOf(user, t, includeJudge: true, "snatch");
                if (taken >= 0)
                {
                    MoveCard(taken, ZoneKind.Hand, user);
                }

                break;
            case CardName.Duel:
                await Duel(use, t);
                break;
            case CardName.Collateral:
                await Collateral(use, t);
                break;
            case CardName.ExNihilo:
                Draw(t, 2);
                break;
            case CardName.SavageAssault:
                if (!await AskForCard(t, [CardName.Slash], "savage_assault", user, use))
                {
                    await Damage(new DamageInfo { Source = user, Target = t, Use = use });
                }

                break;
            case CardName.ArcheryAttack:
                if (!await AskForCard(t, [CardName.Jink], "archery_attack", user, use))
                {
                    await Damage(new DamageInfo { Source = user, Target = t, Use = use });
                }

                break;
            case CardName.GodSalvation:
                Recover(t, 1, user);
                break;
            case CardName.IronChain:
                SetChained(t, !Players[t].Chained);
                break;
            case CardName.FireAttack:
                await FireAttack(use, t);
                break;
        }
    }

    /// <summary>
    /// 决斗: the target first, then alternately, play 杀 (two each time against 无双); the first who does not takes 1
    /// from the other.
    /// </summary>
    private async RuleTask Duel(CardUse use, int target)
    {
        int[] pair = [target, use.User];
        for (var i = 0; Players[pair[0]].Alive && Players[pair[1]].Alive; i = 1 - i)
        {
            var responder = pair[i];
            var other = pair[1 - i];
            var needed = ResponsesNeeded(other, use, responder);
            for (var played = 0; played < needed; played++)
            {
                if (!await AskForCard(responder, SlashOnly, played == 0 ? "duel" : "duel_again", other, use))
                {
                    await Damage(new DamageInfo { Source = other, Target = responder, Use = use });
                    return;
                }
            }
        }
    }

    /// <summary>借刀杀人: the holder uses 杀 on the named victim, or gives the user their weapon.</summary>
    private async RuleTask Collateral(CardUse use, int holder)
    {
        var weapon = Players[holder].EquipOf(EquipSlot.Weapon);
        if (weapon < 0)
        {
            return;
        }

        var victim = use.Victim;
        var slashes = Players[holder].Hand.Where(c => CardRules.IsSlash(Cards[c].Name)).ToList();

        // The holder's own weapon still works: 丈八蛇矛 pays the 杀 with two hand cards.
        var spear = WeaponOf(holder) == CardName.Spear && Players[holder].Hand.Count >= 2;
        var conversions = AnswerConversions(holder, SlashNames, withProxies: false);
        // The victim may have become an illegal target since (空城 after losing the last hand card).
        if ((slashes.Count > 0 || spear || conversions is not null) && Players[victim].Alive && InAttackRange(holder, victim) && CanTarget(holder, victim, CardName.Slash))
        {
            var answer = await Ask(Request(holder, RequestKind.Respond, "collateral", source: use.User, subject: victim, trick: CardName.Collateral,
                wanted: SlashNames, cards: slashes, options: spear ? ["spear"] : null, plays: conversions));
            if (answer is not null)
            {
                var name = answer.Option == "spear" ? CardName.Slash
                    : conversions is not null && DecisionValidator.Match(conversions, answer.Option ?? "", answer.Cards) is { } conversion ? conversion.As
                    : Cards[answer.Cards[0]].Name;
                await UseSlashOutsidePlay(holder, name, answer.Cards, victim);
                return;
            }
        }

        if (Players[use.User].Alive)
        {
            MoveCard(weapon, ZoneKind.Hand, use.User);
        }
    }

    /// <summary>火攻: the target shows a hand card; the user may discard one of the same suit to deal 1 fire damage.</summary>
    private async RuleTask FireAttack(CardUse use, int target)
    {
        var hand = Players[target].Hand;
        if (hand.Count == 0)
        {
            return;
        }

        var show = await Ask(Request(target, RequestKind.SelectCards, "fire_attack_show", source: use.User, cards: [.. hand], minCount: 1, maxCount: 1, canPass: false));
        var shown = show!.Cards[0];
        Emit(new GameEvent(events.Count, EventKind.Chose, Visibility.Everyone, NoIds) { Seat = target, Cards = [shown], Text = "show" });
        var suit = Cards[shown].Suit;
        var matching = Players[use.User].Hand.Where(c => Cards[c].Suit == suit).ToList();
        if (matching.Count == 0 || !Players[use.User].Alive)
        {
            return;
        }

        var pay = await Ask(Request(use.User, RequestKind.SelectCards, "fire_attack", subject: target, cards: matching, minCount: 1, maxCount: 1));
        if (pay is not null)
        {
            Discard(pay.Cards);
            await Damage(new DamageInfo { Source = use.User, Target = target, Element = DamageElement.Fire, Use = use });
        }
    }

    /// <summary>五谷丰登: reveal one card per target; each, in order from the user, takes one; the rest are discarded.</summary>
    private async RuleTask AmazingGrace(CardUse use)
    {
        var revealed = new List<int>();
        foreach (var _ in use.Targets)
        {
            revealed.Add(Reveal());
        }

        foreach (var t in use.Targets)
        {
            var left = revealed.Where(c => Locations[c].Zone == ZoneKind.Processing).ToList();
            if (left.Count == 0 || !Players[t].Alive || await IsNullified(use.Name, use.User, t))
            {
                continue;
            }

            var pick = await Ask(Request(t, RequestKind.ChooseCard, "amazing_grace", source: use.User, cards: left, canPass: false));
            Move(pick!.Cards, ZoneKind.Hand, t);
        }

        DiscardProcessed(revealed);
    }
}
