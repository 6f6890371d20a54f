using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    /// <summary>One target of a 杀: armor, 闪 (八卦阵), weapon follow-ups (贯石斧, 青龙偃月刀), then damage.</summary>
    private async RuleTask SlashEffect(CardUse use, int target)
    {
        if (!Players[target].Alive)
        {
            return;
        }

        var armor = ArmorOf(target, use);
        var element = CardRules.SlashElement(use.Name);
        if ((armor == CardName.NiohShield && use.IsRed == false) || (armor == CardName.Vine && element == DamageElement.Normal))
        {
            Emit(new GameEvent(events.Count, EventKind.EffectCancelled, Visibility.Everyone, NoIds) { Seat = use.User, Target = target, Name = use.Name, Text = armor.ToString() });
            return;
        }

        if (!use.IsJinkForbidden(target) && await JinksCancel(use, target) && !await ForceHit(use, target))
        {
            return;
        }

        await Damage(new DamageInfo { Source = use.User, Target = target, Amount = 1 + use.ExtraDamage, Element = element, Use = use });
    }

    /// <summary>After a 闪: 贯石斧 may force the hit; 青龙偃月刀 may follow with another 杀. True = the 杀 hits anyway.</summary>
    private async RuleTask<bool> ForceHit(CardUse use, int target)
    {
        var user = use.User;
        if (!Players[user].Alive || !Players[target].Alive)
        {
            return false;
        }

        var weapon = WeaponOf(user);
        if (weapon == CardName.Axe)
        {
            var axe = Players[user].EquipOf(EquipSlot.Weapon);
            var payable = HandAndEquip(user).Where(c => c != axe).ToList();
            if (payable.Count < 2)
            {
                return false;
            }

            var pay = await Ask(Request(user, RequestKind.SelectCards, "axe", subject: target, cards: payable, minCount: 2, maxCount: 2));
            if (pay is null)
            {
                return false;
            }

            Emit(new GameEvent(events.Count, EventKind.SkillInvoked, Visibility.Everyone, NoIds) { Seat = user, Target = target, Text = "axe" });
            Discard(pay.Cards);
            return true;
        }

        if (weapon == CardName.Blade)
        {
            var slashes = Players[user].Hand.Where(c => CardRules.IsSlash(Cards[c].Name)).ToList();
            var conversions = AnswerConversions(user, SlashNames, withProxies: false);
            if ((slashes.Count == 0 && conversions is null) || !CanTarget(user, target, CardName.Slash))
            {
                return false;
            }

            var again = await Ask(Request(user, RequestKind.Respond, "blade", source: user, subject: target, wanted: SlashNames, cards: slashes, plays: conversions));
            if (again is not null)
            {
                Emit(new GameEvent(events.Count, EventKind.SkillInvoked, Visibility.Everyone, NoIds) { Seat = user, Target = target, Text = "blade" });
                var name = conversions is not null && DecisionValidator.Match(conversions, again.Option ?? "", again.Cards) is { } conversion
                    ? conversion.As
                    : Cards[again.Cards[0]].Name;
                await UseSlashOutsidePlay(user, name, again.Cards, target);
            }
        }

        return false;
    }

    /// <summary>
    /// A 杀 used outside the play phase's own declaration (借刀杀人, 青龙偃月刀): it does not count against the limit,
    /// and 朱雀羽扇 may still turn a normal 杀 into a fire 杀, as on any declared 杀.
    /// </summary>
    private async RuleTask UseSlashOutsidePlay(int user, CardName name, IReadOnlyList<int> cards, int target)
    {
        if (name == CardName.Slash && WeaponOf(user) == CardName.Fan && await AskInvoke(user, "fan", target))
        {
            name = CardName.FireSlash;
        }

        await UseCard(NewUse(user, name, cards, [target]), countLimit: false);
    }

    /// <summary>雌雄双股剑: against the other gender, the target discards a hand card or lets the user draw 1.</summary>
    private async RuleTask DoubleSwords(CardUse use, int target)
    {
        if (!Players[target].Alive || Players[target].Gender == Players[use.User].Gender
            || !await AskInvoke(use.User, "double_swords", target))
        {
            return;
        }

        var hand = Players[target].Hand;
        var answer = hand.Count == 0
            ? null
            : await Ask(Request(target, RequestKind.SelectCards, "double_swords", source: use.User, cards: [.. hand], minCount: 1, maxCount: 1));
        if (answer is null)
        {
            Draw(use.User, 1);
        }
        else
        {
            Discard(answer.Cards);
        }
    }

    /// <summary>Source-side weapon effects of a 杀's damage: 古锭刀 +1, 寒冰剑 prevention, 麒麟弓 horse discard.</summary>
    private async RuleTask ApplySourceWeapon(DamageInfo d)
    {
        if (!d.BySlash || d.FromChain || d.Source < 0 || !Players[d.Source].Alive)
        {
            return;
        }

        var target = Players[d.Target];
        switch (WeaponOf(d.Source))
        {
            case CardName.GudingBlade when target.Hand.Count == 0:
                Emit(new GameEvent(events.Count, EventKind.SkillInvoked, Visibility.Everyone, NoIds) { Seat = d.Source, Target = d.Target, Text = "guding_blade" });
                d.Amount++;
                break;
            case CardName.IceSword when HandAndEquip(d.Target).Count > 0:
                if (await AskInvoke(d.Source, "ice_sword", d.Target))
                {
                    d.Prevented = true;
                    for (var i = 0; i < 2 && HandAndEquip(d.Target).Count > 0; i++)
                    {
                        Discard([await ChooseCardOf(d.Source, d.Target, includeJudge: false, "ice_sword")]);
                    }
                }

                break;
            case CardName.KylinBow:
                var horses = new[] { target.EquipOf(EquipSlot.DefensiveHorse), target.EquipOf(EquipSlot.OffensiveHorse) }
                    .Where(h => h >= 0).ToList();
                if (horses.Count > 0)
                {
                    var horse = await ChooseCardOf(d.Source, d.Target, includeJudge: false, "kylin_bow", canPass: true, only: horses);
                    if (horse >= 0)
                    {
                        Emit(new GameEvent(events.Count, EventKind.SkillInvoked, Visibility.Everyone, NoIds) { Seat = d.Source, Target = d.Target, Text = "kylin_bow" });
                        DiscardCard(horse);
                    }
                }

                break;
        }
    }
}
