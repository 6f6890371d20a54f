using SanguoOrleans.Game.Cards;

namespace SanguoOrleans.Game.Ai;

/// <summary>When a weapon in hand is worth replacing the one in play.</summary>
public sealed partial class SmartAi
{
    /// <summary>
    /// A weapon worth its slot although one is in play: a longer one that reaches an enemy the current one cannot, or
    /// 诸葛连弩 with two 杀 in hand and an enemy within reach (unless a skill already allows any number of 杀).
    /// </summary>
    private static bool BetterWeapon<TView>(TView view, int me, CardName candidate, Relations rel)
        where TView : struct, IAiView
    {
        var current = view.Equip(me, (int)EquipSlot.Weapon);
        if (CardRules.SlotOf(candidate) != EquipSlot.Weapon || current < 0)
        {
            return false;
        }

        var currentName = CardCatalog.All[current].Name;
        var currentRange = CardRules.WeaponRange(currentName);
        var range = CardRules.WeaponRange(candidate);
        var crossbow = candidate == CardName.Crossbow && currentName != CardName.Crossbow && !view.HeroHasSkill(me, "paoxiao")
            && SlashesInHand(view) >= 2;
        for (var s = 0; s < view.SeatCount; s++)
        {
            if (s == me || !view.Alive(s) || !rel.IsEnemy(s))
            {
                continue;
            }

            var distance = SeatDistance(view, me, s);
            if ((distance > currentRange && distance <= range) || (crossbow && distance <= range))
            {
                return true;
            }
        }

        return false;
    }

    private static int SlashesInHand<TView>(TView view)
        where TView : struct, IAiView
    {
        var n = 0;
        var hand = view.OwnHand;
        for (var i = 0; i < hand.Count; i++)
        {
            n += CardRules.IsSlash(CardCatalog.All[hand[i]].Name) ? 1 : 0;
        }

        return n;
    }
}
