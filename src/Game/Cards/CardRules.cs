using System.Runtime.CompilerServices;
namespace SanguoOrleans.Game.Cards;

/// <summary>Static facts about card names: type, slot, weapon range, element.</summary>
public static class CardRules
{
    /// <summary>The printed type of a card name.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    public static CardType TypeOf(CardName name) => name switch
    {
        CardName.Slash or CardName.ThunderSlash or CardName.FireSlash or CardName.Jink or CardName.Peach
            or CardName.Analeptic => CardType.Basic,
        CardName.Lightning or CardName.Indulgence or CardName.SupplyShortage => CardType.DelayedTrick,
        >= CardName.Crossbow => CardType.Equipment,
        _ => CardType.Trick,
    };

    /// <summary>True for 杀, 雷杀 and 火杀.</summary>
    public static bool IsSlash(CardName name) => name is CardName.Slash or CardName.ThunderSlash or CardName.FireSlash;

    /// <summary>True for normal and delayed tricks.</summary>
    public static bool IsTrick(CardName name) => TypeOf(name) is CardType.Trick or CardType.DelayedTrick;

    /// <summary>The slot an equipment card occupies.</summary>
    public static EquipSlot SlotOf(CardName name) => name switch
    {
        CardName.EightDiagram or CardName.NiohShield or CardName.Vine or CardName.SilverLion => EquipSlot.Armor,
        CardName.Dilu or CardName.Jueying or CardName.Zhuahuangfeidian or CardName.Hualiu => EquipSlot.DefensiveHorse,
        CardName.Chitu or CardName.Dayuan or CardName.Zixing => EquipSlot.OffensiveHorse,
        >= CardName.Crossbow => EquipSlot.Weapon,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not an equipment card"),
    };

    /// <summary>Attack range granted by a weapon.</summary>
    public static int WeaponRange(CardName name) => name switch
    {
        CardName.Crossbow => 1,
        CardName.QinggangSword or CardName.IceSword or CardName.DoubleSwords or CardName.GudingBlade => 2,
        CardName.Blade or CardName.Spear or CardName.Axe => 3,
        CardName.Halberd or CardName.Fan => 4,
        CardName.KylinBow => 5,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a weapon"),
    };

    /// <summary>Element of the damage a 杀 deals.</summary>
    public static DamageElement SlashElement(CardName name) => name switch
    {
        CardName.FireSlash => DamageElement.Fire,
        CardName.ThunderSlash => DamageElement.Thunder,
        _ => DamageElement.Normal,
    };
}
